package io.github.samhttp.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * A tree as JSON text, byte for byte as Jackson's UTF-8 generator writes it with the project's pretty printer
 * (two spaces, LF, {@code "key": value}, {@code { }} and {@code [ ]} when empty) or compact. Jackson's JSON
 * generators cannot be made without loading {@code JsonFactory}, and loading that class makes the JVM load and
 * verify every parser it can create: a tenth of a cold build's own time, for the one JSON file a project has.
 * {@code SerializersTest} holds this writer to Jackson's output over thousands of random trees.
 */
public final class JsonText {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final ByteArrayOutputStream out;
    private final boolean pretty;

    private JsonText(ByteArrayOutputStream out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    /** Appends the tree to {@code out}: indented when {@code pretty}, else without a space. */
    public static void write(ByteArrayOutputStream out, JsonNode tree, boolean pretty) {
        new JsonText(out, pretty).value(tree, 0);
    }

    /** The tree as compact JSON text (a lone surrogate, which has no UTF-8 form, as {@code ?}). */
    public static String compact(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, tree, false);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void value(JsonNode node, int depth) {
        switch (node.getNodeType()) {
            case OBJECT:
                container(node.properties().iterator(), node.isEmpty(), '{', '}', depth);
                break;
            case ARRAY:
                container(node.elements(), node.isEmpty(), '[', ']', depth);
                break;
            case STRING:
                string(node.textValue());
                break;
            case NUMBER:
                number(node);
                break;
            case BOOLEAN:
                ascii(node.booleanValue() ? "true" : "false");
                break;
            case NULL:
                ascii("null");
                break;
            default:
                throw new IllegalArgumentException("a JSON tree holds a " + node.getNodeType() + " node");
        }
    }

    /** An object's entries ({@code Map.Entry}) or an array's items ({@code JsonNode}). */
    private void container(Iterator<?> members, boolean empty, char open, char close, int depth) {
        out.write(open);
        if (empty) {
            if (pretty) {
                out.write(' ');
            }
            out.write(close);
            return;
        }
        boolean first = true;
        while (members.hasNext()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            newLine(depth + 1);
            Object member = members.next();
            if (member instanceof Map.Entry) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) member;
                string((String) entry.getKey());
                out.write(':');
                if (pretty) {
                    out.write(' ');
                }
                value((JsonNode) entry.getValue(), depth + 1);
            } else {
                value((JsonNode) member, depth + 1);
            }
        }
        newLine(depth);
        out.write(close);
    }

    private void newLine(int depth) {
        if (pretty) {
            out.write('\n');
            for (int i = 0; i < depth; i++) {
                out.write(' ');
                out.write(' ');
            }
        }
    }

    /** As Jackson's number writes: decimals plain (WRITE_BIGDECIMAL_AS_PLAIN), non-finite doubles quoted. */
    private void number(JsonNode node) {
        switch (node.numberType()) {
            case INT:
                ascii(Integer.toString(node.intValue()));
                break;
            case LONG:
                ascii(Long.toString(node.longValue()));
                break;
            case BIG_INTEGER:
                ascii(node.bigIntegerValue().toString());
                break;
            case FLOAT:
                finite(Float.toString(node.floatValue()), Float.isFinite(node.floatValue()));
                break;
            case DOUBLE:
                finite(Double.toString(node.doubleValue()), Double.isFinite(node.doubleValue()));
                break;
            default:
                BigDecimal decimal = node.decimalValue();
                if (decimal.scale() < -9999 || decimal.scale() > 9999) {
                    throw new IllegalArgumentException("a decimal's scale is out of the range [-9999, 9999]: "
                            + decimal.scale());
                }
                ascii(decimal.toPlainString());
        }
    }

    private void finite(String text, boolean finite) {
        if (finite) {
            ascii(text);
        } else {
            string(text);
        }
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            out.write(text.charAt(i));
        }
    }

    /**
     * A JSON string: {@code "} and {@code \} escaped, control characters as {@code \b \t \n \f \r} or
     * backslash-u and four hex digits, the rest as UTF-8; a surrogate as such an escape of its own, as Jackson's UTF-8
     * generator writes one (valid JSON either way) when pretty, as the character itself in compact text (TOML's
     * strings, whose escapes may not name a surrogate).
     */
    private void string(String text) {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                control(c);
            } else if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                threeBytes(c);
            } else if (pretty) {
                unicodeEscape(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                out.write(0xF0 | point >> 18);
                out.write(0x80 | point >> 12 & 0x3F);
                out.write(0x80 | point >> 6 & 0x3F);
                out.write(0x80 | point & 0x3F);
            } else {
                out.write('?'); // a lone surrogate has no UTF-8 form: as String.getBytes(UTF_8) replaces it
            }
        }
        out.write('"');
    }

    private void control(char c) {
        out.write('\\');
        switch (c) {
            case '\b':
                out.write('b');
                break;
            case '\t':
                out.write('t');
                break;
            case '\n':
                out.write('n');
                break;
            case '\f':
                out.write('f');
                break;
            case '\r':
                out.write('r');
                break;
            default:
                out.write('u');
                out.write('0');
                out.write('0');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
        }
    }

    private void unicodeEscape(char c) {
        out.write('\\');
        out.write('u');
        out.write(HEX[c >> 12]);
        out.write(HEX[c >> 8 & 0xF]);
        out.write(HEX[c >> 4 & 0xF]);
        out.write(HEX[c & 0xF]);
    }

    private void threeBytes(char c) {
        out.write(0xE0 | c >> 12);
        out.write(0x80 | c >> 6 & 0x3F);
        out.write(0x80 | c & 0x3F);
    }
}
