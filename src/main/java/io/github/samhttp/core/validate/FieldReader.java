package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.Location;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one descriptor for the rules, and records each problem where the user wrote it. Every rule
 * reads through one of these, so a message always names the file position, the field and the value.
 */
final class FieldReader {

    private final Descriptor descriptor;
    private final List<Problem> problems;
    private final List<Problem> warnings;

    FieldReader(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        this.descriptor = descriptor;
        this.problems = problems;
        this.warnings = warnings;
    }

    Descriptor descriptor() {
        return descriptor;
    }

    /** The node at a dotted path, or a missing node. */
    JsonNode at(String field) {
        return descriptor.at(field);
    }

    boolean has(String field) {
        return !descriptor.at(field).isMissingNode();
    }

    /** How many problems were found so far: a rule compares it before and after to know whether it added one. */
    int problemCount() {
        return problems.size();
    }

    boolean clean() {
        return problems.isEmpty();
    }

    void rejectUnknownKeys(String parent, List<String> known) {
        JsonNode node = parent.isEmpty() ? descriptor.root() : descriptor.at(parent);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String field = Descriptor.child(parent, key);
                addKeyProblem(field, key, "unknown key", suggestion(key, known,
                        "remove it; the keys allowed here are " + String.join(", ", known)));
            }
        }
    }

    static String suggestion(String typed, List<String> known, String otherwise) {
        String closest = Suggestions.closest(typed, known);
        return closest == null ? otherwise : "did you mean '" + closest + "'?";
    }

    /** The text of a string field; null (with a problem when required) when missing or not a string. */
    String text(String field, boolean required) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                addProblem(field, null, "missing", "add '" + leaf(field) + ":' with a value");
            }
            return null;
        }
        if (!node.isTextual()) {
            addProblem(field, node.toString(), "must be a string", "write a text value, quoted if needed");
            return null;
        }
        if (node.asText().isEmpty()) {
            addProblem(field, "", "must not be empty", "write a value or remove the key");
            return null;
        }
        return node.asText();
    }

    String pattern(String field, Pattern pattern, int max, String defaultValue, String fix) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        String text = text(field, true);
        if (text != null && (!pattern.matcher(text).matches() || text.length() > max)) {
            addProblem(field, text, "not a valid " + leaf(field), fix);
            return null;
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode() && defaultValue != null) {
            return defaultValue;
        }
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        if (names.contains(text)) {
            return Enum.valueOf(type, text);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String fix = names.contains(upper) ? "write it in capitals: '" + upper + "'"
                : suggestion(text, names, "use one of " + String.join(", ", names));
        addProblem(field, text, "not one of " + String.join(", ", names), fix);
        return null;
    }

    int integer(String field, int min, int max, int defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (node.isTextual()) {
            addProblem(field, node.asText(), "must be a number, not text", "remove the quotes");
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            addProblem(field, node.asText(), "must be a whole number from " + min + " to " + max,
                    "write a number in that range, e.g. '" + leaf(field) + ": " + defaultValue + "'");
            return defaultValue;
        }
        return node.intValue();
    }

    BigDecimal decimal(String field, BigDecimal min, BigDecimal max, BigDecimal defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (node.isTextual()) {
            addProblem(field, node.asText(), "must be a number, not text", "remove the quotes");
            return defaultValue;
        }
        if (!node.isNumber() || node.decimalValue().compareTo(min) < 0 || node.decimalValue().compareTo(max) > 0) {
            addProblem(field, node.asText(), "must be a number from " + min + " to " + max,
                    "write a number in that range, e.g. '" + leaf(field) + ": " + defaultValue + "'");
            return defaultValue;
        }
        return node.decimalValue().stripTrailingZeros();
    }

    /** A boolean field. */
    boolean bool(String field, boolean defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            addProblem(field, node.asText(), "must be true or false", "write '" + leaf(field) + ": " + !defaultValue
                    + "'");
            return defaultValue;
        }
        return node.asBoolean();
    }

    /**
     * Text that lands in generated files as a value: it must not create a CloudFormation or
     * DefinitionSubstitutions reference ({@code ${...}}), a dynamic reference ({@code {{resolve:...}}}), or
     * break a header (control characters).
     */
    boolean checkFreeText(String field, String text, int max) {
        if (text.length() > max) {
            addProblem(field, text, "longer than " + max + " characters", "shorten it");
        } else if (hasControlCharacters(text)) {
            addProblem(field, text, "control characters (such as newlines or tabs) are not allowed here",
                    "write the value on one line");
        } else if (text.contains("${")) {
            addProblem(field, text, "'${' would be read as a placeholder when the state machine is deployed",
                    "remove the '${'");
        } else if (text.contains("{{")) {
            addProblem(field, text, "'{{' would be read as a CloudFormation dynamic reference",
                    "for a secret write " + Credentials.SSM_FORM + " or " + Credentials.SECRET_FORM
                            + "; otherwise remove the '{{'");
        } else {
            return true;
        }
        return false;
    }

    /** No '${' or '{{' anywhere in the text of a tree that goes into the template as it is. */
    boolean noReferences(String field, JsonNode node) {
        if (node.isTextual() && (node.asText().contains("${") || node.asText().contains("{{"))) {
            addProblem(field, node.asText(), "'${' and '{{' would be read as references by CloudFormation",
                    "remove them");
            return false;
        }
        boolean ok = true;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                ok &= noReferences(field + "." + entry.getKey(), entry.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ok &= noReferences(field + "." + i, node.get(i));
            }
        }
        return ok;
    }

    /** A scalar where a string belongs: YAML read {@code 5} or {@code true}; quoting keeps it as written. */
    void notAString(String field, String key, JsonNode value, String what) {
        addProblem(field, value.asText(), what + " must be a string",
                "quote it: " + key + ": \"" + value.asText() + "\"");
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** HTTP clients refuse header values with other characters. */
    static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    void addProblem(String field, String value, String problem, String fix) {
        boolean written = descriptor.values().containsKey(field) || descriptor.keys().containsKey(field);
        Location at = written ? descriptor.valueOf(field) : nearestExisting(field);
        problems.add(new Problem(at.line(), at.column(), field, value, problem, fix));
    }

    void addKeyProblem(String field, String key, String problem, String fix) {
        Location at = descriptor.keyOf(field);
        problems.add(new Problem(at.line(), at.column(), field, key, problem, fix));
    }

    void warn(String field, String value, String problem, String fix) {
        Location at = descriptor.valueOf(field);
        warnings.add(new Problem(at.line(), at.column(), field, value, problem, fix));
    }

    /** For a missing field, the location of its closest parent that exists. */
    private Location nearestExisting(String field) {
        String parent = field;
        while (parent.contains(".")) {
            parent = parent.substring(0, parent.lastIndexOf('.'));
            if (descriptor.keys().containsKey(parent)) {
                return descriptor.keyOf(parent);
            }
        }
        return Location.START;
    }

    static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** A copy with the keys of every object sorted: the output must not depend on the descriptor's key order. */
    static JsonNode sortedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = ((ObjectNode) node).objectNode();
            new TreeMap<String, JsonNode>(((ObjectNode) node).properties().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).forEach((k, v) -> sorted.set(k,
                    sortedKeys(v)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(item -> copy.add(sortedKeys(item)));
            return copy;
        }
        return node.deepCopy();
    }
}
