package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.JsonValue;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.JsonTrees;
import io.github.samhttp.core.read.Location;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the fields of one descriptor for the rules, and records each problem where the user wrote it. Every rule
 * reads through one of these, so a message always names the file position, the field and the value.
 */
final class FieldReader {

    private final View view;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    /** Fields the shape check refused: the rules see them as absent, so nothing is reported twice. */
    private final Set<String> refused = new HashSet<>();

    FieldReader(View view, List<Problem> problems, List<Problem> warnings) {
        this.view = view;
        this.problems = problems;
        this.warnings = warnings;
    }

    View view() {
        return view;
    }

    /** The node at a dotted path; a missing node when absent or refused by the shape check. */
    JsonNode at(String field) {
        return refused(field) ? MissingNode.getInstance() : view.at(field);
    }

    /** Whether the gate or the shape check refused the field or one it stands in (its problem is reported). */
    boolean refused(String field) {
        for (String refusedField : refused) {
            if (field.equals(refusedField) || field.startsWith(refusedField + ".")) {
                return true;
            }
        }
        return false;
    }

    boolean has(String field) {
        return !at(field).isMissingNode();
    }

    /** Marks a field whose shape is wrong (its problem is reported): the rules pass it over. */
    void markBad(String field) {
        refused.add(field);
    }

    /** How many problems were found so far: a rule compares it before and after to know whether it added one. */
    int problemCount() {
        return problems.size();
    }

    boolean clean() {
        return problems.isEmpty();
    }

    /** How the value was written: a number or boolean as in the file ({@code NO}, {@code 1e3}), text as it is. */
    String raw(String field, JsonNode node) {
        String written = view.file().scalarText(view.origin(field));
        return written != null ? written : ShapeCheck.display(node);
    }

    static String suggestion(String typed, List<String> known, String otherwise) {
        String closest = Suggestions.closest(typed, known);
        return closest == null ? otherwise : "did you mean '" + closest + "'?";
    }

    /** The text of a field, or null when it is absent (its shape was checked before). */
    String text(String field) {
        JsonNode node = at(field);
        return node.isTextual() ? node.asText() : null;
    }

    String text(String field, String defaultValue) {
        String text = text(field);
        return text != null ? text : defaultValue;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, E defaultValue) {
        String text = text(field);
        return text == null ? defaultValue : Enum.valueOf(type, text);
    }

    int integer(String field, int defaultValue) {
        JsonNode node = at(field);
        return node.isIntegralNumber() ? node.intValue() : defaultValue;
    }

    BigDecimal decimal(String field, BigDecimal defaultValue) {
        JsonNode node = at(field);
        return node.isNumber() ? node.decimalValue().stripTrailingZeros() : defaultValue;
    }

    boolean bool(String field, boolean defaultValue) {
        JsonNode node = at(field);
        return node.isBoolean() ? node.asBoolean() : defaultValue;
    }

    /** The texts of a list, each once (case-insensitively for headers): a repeat is a problem. */
    List<String> distinct(String field, boolean caseInsensitive) {
        List<String> names = new ArrayList<>();
        JsonNode node = at(field);
        for (int i = 0; i < node.size(); i++) {
            String name = text(field + "." + i);
            if (name == null) {
                continue;
            }
            if (listed(names, name, caseInsensitive)) {
                addProblem(field + "." + i, name, "listed twice", "keep one");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean listed(List<String> names, String name, boolean caseInsensitive) {
        for (String n : names) {
            if (caseInsensitive ? n.equalsIgnoreCase(name) : n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The entries of a mapping field that passed the shape check, in the order written. */
    List<Map.Entry<String, JsonNode>> entries(String field) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        JsonNode node = at(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            // Not looked up by its dotted path: a key may hold dots of its own ('cost.center').
            if (!refused(Descriptor.child(field, entry.getKey()))) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** The keys of {@link #entries}. */
    List<String> names(String field) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries(field)) {
            names.add(entry.getKey());
        }
        return List.copyOf(names);
    }

    /** The line where the key of {@code field} stands. */
    int keyLine(String field) {
        return view.file().keyOf(view.origin(field)).line();
    }

    /** Text that lands in a header, query or body value: one line, within {@code max} characters. */
    boolean oneLine(String field, String text, int max) {
        if (text.length() > max) {
            addProblem(field, text, "longer than the " + max + " characters allowed here (it has " + text.length()
                    + ")", "shorten it to at most " + max + " characters");
        } else if (hasControlCharacters(text)) {
            addProblem(field, text, "control characters (such as newlines or tabs) are not allowed here",
                    "write the value on one line");
        } else {
            return true;
        }
        return false;
    }

    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** HTTP clients refuse header values with other characters. */
    static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    void addProblem(String field, String value, String problem, String fix) {
        String origin = view.origin(field);
        Descriptor file = view.file();
        boolean written = file.values().containsKey(origin) || file.keys().containsKey(origin);
        Location at = written ? file.valueOf(origin) : nearestExisting(origin);
        problems.add(new Problem(at.line(), at.column(), origin, value, problem, fix));
    }

    void addKeyProblem(String field, String key, String problem, String fix) {
        String origin = view.origin(field);
        Location at = view.file().keys().containsKey(origin) ? view.file().keyOf(origin) : nearestExisting(origin);
        problems.add(new Problem(at.line(), at.column(), origin, key, problem, fix));
    }

    void warn(String field, String value, String problem, String fix) {
        String origin = view.origin(field);
        Location at = view.file().valueOf(origin);
        warnings.add(new Problem(at.line(), at.column(), origin, value, problem, fix));
    }

    /** For a field nobody wrote, the location of its closest parent that exists. */
    private Location nearestExisting(String field) {
        String parent = field;
        while (parent.contains(".")) {
            parent = parent.substring(0, parent.lastIndexOf('.'));
            if (view.file().keys().containsKey(parent)) {
                return view.file().keyOf(parent);
            }
        }
        return Location.START;
    }

    static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** The value as the model holds it: canonical JSON, keys sorted. */
    static JsonValue json(JsonNode node) {
        return new JsonValue(JsonTrees.compact(sortedKeys(node)));
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
