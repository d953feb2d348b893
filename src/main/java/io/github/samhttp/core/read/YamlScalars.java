package io.github.samhttp.core.read;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * What an untagged YAML scalar is: text, an integer, a decimal, a boolean or null. SnakeYAML's YAML 1.1 resolver
 * names the type, then the descriptor's narrower rules apply, the ones Jackson's YAML parser applied when it read
 * descriptors (configured to read boolean-like words as text and {@code ""} as empty text):
 * <ul>
 *   <li>only {@code true} and {@code false} (any case) are booleans; {@code yes}, {@code NO}, {@code on} are text;</li>
 *   <li>empty text stays text; {@code ~}, {@code null} and a missing value are null;</li>
 *   <li>integers in base 2 ({@code 0b}), 8 (leading {@code 0}), 10 and 16 ({@code 0x}), with {@code _} allowed;
 *       sexagesimal ones ({@code 1:30}) stay text;</li>
 *   <li>decimals as written, {@code _} removed; {@code .inf} and {@code .nan} are no number a descriptor takes.</li>
 * </ul>
 * Quoted scalars are always text. Tags are refused before typing (see {@link DescriptorReader}).
 */
final class YamlScalars {

    /** The scalar's type. */
    enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

    /**
     * A typed scalar.
     *
     * @param kind its type
     * @param value a {@link String}, {@link BigInteger}, {@link BigDecimal} or {@link Boolean}; null for null
     */
    record Typed(Kind kind, Object value) {
    }

    private final Resolver resolver = new Resolver();

    /** Types {@code scalar}; throws {@link NumberFormatException} for a decimal that has no value ({@code .inf}). */
    Typed type(ScalarEvent scalar) {
        String value = scalar.getValue();
        if (value.isEmpty()) {
            return new Typed(Kind.TEXT, value);
        }
        Tag tag = resolver.resolve(NodeId.scalar, value, scalar.getImplicit().canOmitTagInPlainScalar());
        if (tag == Tag.INT) {
            BigInteger integer = integer(value);
            return integer == null ? new Typed(Kind.TEXT, value) : new Typed(Kind.INTEGER, integer);
        }
        if (tag == Tag.FLOAT) {
            String digits = value.indexOf('_') < 0 ? value : withoutUnderscores(value.startsWith("+")
                    ? value.substring(1) : value);
            return new Typed(Kind.DECIMAL, new BigDecimal(digits));
        }
        if (tag == Tag.BOOL && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return new Typed(Kind.BOOLEAN, value.equalsIgnoreCase("true"));
        }
        if (tag == Tag.NULL) {
            return new Typed(Kind.NULL, null);
        }
        return new Typed(Kind.TEXT, value);
    }

    /** A YAML 1.1 integer's value, or null when it is one YAML names an integer but no base reads (1:30, 0x_). */
    static BigInteger integer(String value) {
        boolean negative = value.charAt(0) == '-';
        int start = negative || value.charAt(0) == '+' ? 1 : 0;
        if (start == value.length()) {
            return null;
        }
        int radix = 10;
        if (value.charAt(start) == '0' && start + 1 < value.length()) {
            char base = value.charAt(start + 1);
            if (base == 'b' || base == 'B') {
                radix = 2;
                start += 2;
            } else if (base == 'x' || base == 'X') {
                radix = 16;
                start += 2;
            } else if (base == '_' || base >= '0' && base <= '9') {
                radix = 8;
                start += 1;
            } else {
                return null;
            }
        }
        String digits = withoutUnderscores(value.substring(start));
        if (digits.isEmpty()) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger magnitude = new BigInteger(digits, radix);
        return negative ? magnitude.negate() : magnitude;
    }

    private static String withoutUnderscores(String text) {
        return text.indexOf('_') < 0 ? text : text.replace("_", "");
    }
}
