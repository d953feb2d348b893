package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.shape.DescriptorShape;
import io.github.samhttp.core.shape.Key;
import io.github.samhttp.core.shape.Shape;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Variants;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a descriptor against its declared shape ({@link DescriptorShape}): unknown keys (with the key meant),
 * missing keys, kinds, choices, ranges, lengths and forms. Every field it refuses is marked, so that the rules
 * after it see only well-shaped values and nothing is reported twice.
 */
final class ShapeCheck {

    private static final List<String> YAML11_BOOLEANS = List.of("yes", "no", "on", "off", "y", "n");

    private final FieldReader fields;
    private final NumberCheck numbers;
    /** Whether an integration's own keys must be complete (false where defaults and connections fill them in). */
    private final boolean integrationsComplete;

    private ShapeCheck(FieldReader fields, boolean integrationsComplete) {
        this.fields = fields;
        this.numbers = new NumberCheck(fields);
        this.integrationsComplete = integrationsComplete;
    }

    /** Checks a descriptor of one integration, or one integration merged from a service. */
    static void single(FieldReader fields) {
        new ShapeCheck(fields, true).fieldsOf("", fields.view().root(), DescriptorShape.SINGLE_FORM);
    }

    /**
     * Checks a descriptor with {@code integrations:} as written; what an integration must have is checked on each
     * merged integration.
     */
    static void service(FieldReader fields) {
        new ShapeCheck(fields, false).fieldsOf("", fields.view().root(), DescriptorShape.SERVICE_FORM);
    }

    /** Checks one value; {@code key} is its declaration, or null for an item of a list or mapping. */
    void value(String field, JsonNode node, Shape shape, Key key) {
        if (fields.refused(field)) {
            return;
        }
        boolean textShape = shape instanceof Shape.Text || shape instanceof Shape.Choice
                || shape instanceof Shape.Reference;
        // 'key:' with nothing after it reads as empty text: for a mapping, list or number that is no value at all.
        if (node.isNull() || !textShape && node.isTextual() && node.asText().isEmpty()) {
            fields.addProblem(field, null, "has no value", "write a value after '" + FieldReader.leaf(field)
                    + ":', or remove the key");
            fields.markBad(field);
            return;
        }
        boolean ok;
        if (shape instanceof Shape.Text text) {
            ok = text(field, node, text, key);
        } else if (shape instanceof Shape.Choice choice) {
            ok = choice(field, node, choice.values());
        } else if (shape instanceof Shape.Whole whole) {
            ok = numbers.whole(field, node, whole, key);
        } else if (shape instanceof Shape.Decimal decimal) {
            ok = numbers.decimal(field, node, decimal, key);
        } else if (shape instanceof Shape.Flag) {
            ok = flag(field, node);
        } else if (shape instanceof Shape.Reference) {
            ok = filled(node) || isText(field, node, "a reference such as 'ssm:/name'",
                    raw -> !((Shape.Reference) shape).secret());
        } else if (shape instanceof Fields nested) {
            // A mapping stays readable when only some of its keys are wrong: they are refused one by one.
            ok = mapping(field, node, ShapeMessages.example(nested));
            if (ok) {
                fieldsOf(field, node, nested);
            }
        } else if (shape instanceof Shape.Toggle toggle) {
            // true keeps the defaults, false turns the feature off, a mapping sets some of its keys.
            ok = node.isBoolean() || toggle(field, node, toggle.fields(), key);
        } else if (shape instanceof Variants variants) {
            ok = variants(field, node, variants);
        } else if (shape instanceof Shape.Entries entries) {
            ok = entries(field, node, entries);
        } else if (shape instanceof Shape.Items items) {
            ok = items(field, node, items);
        } else if (shape instanceof Shape.Schema) {
            ok = mapping(field, node, "type: object, properties: {...}");
        } else {
            ok = mapping(field, node, "...");
        }
        if (!ok) {
            fields.markBad(field);
        }
    }

    private boolean fieldsOf(String field, JsonNode node, Fields shape) {
        boolean ok = true;
        // Keys a typo stands for: reported as the typo, not again as missing.
        java.util.Set<String> meant = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String child = Descriptor.child(field, entry.getKey());
            Optional<Key> key = shape.key(entry.getKey());
            if (fields.refused(child)) {
                ok = false;
            } else if (key.isEmpty()) {
                String closest = Suggestions.closest(entry.getKey(), shape.names());
                if (closest != null) {
                    meant.add(closest);
                }
                if (Suggestions.closest(entry.getKey(), List.of("connection")) != null) {
                    meant.add("auth");
                }
                String[] misplaced = Placement.misplaced(shape, entry.getKey());
                fields.addKeyProblem(child, entry.getKey(), misplaced != null ? misplaced[0] : "unknown key",
                        misplaced != null ? misplaced[1] : FieldReader.suggestion(entry.getKey(), shape.names(),
                                "remove it; the keys allowed here are " + String.join(", ", shape.names())));
                fields.markBad(child);
                ok = false;
            } else {
                value(child, entry.getValue(), key.get().shape(), key.get());
            }
        }
        boolean complete = integrationsComplete || shape != DescriptorShape.INTEGRATION;
        for (Key key : shape.keys()) {
            if (complete && key.required() && !node.has(key.name()) && !meant.contains(key.name())) {
                String child = Descriptor.child(field, key.name());
                fields.addProblem(child, null, "missing", "add '" + key.name() + ":' " + ShapeMessages.hint(key));
                fields.markBad(child);
                ok = false;
            }
        }
        return ok;
    }

    private boolean toggle(String field, JsonNode node, Fields nested, Key key) {
        if (node.isObject()) {
            fieldsOf(field, node, nested);
            return true;
        }
        String leaf = FieldReader.leaf(field);
        fields.addProblem(field, display(node), "must be true, false or a mapping" + yaml11(field, node),
                "write '" + leaf + ": false' to"
                + " turn it off, or '" + leaf + ":' then indented keys, e.g. '" + (key != null
                && ShapeMessages.written(key) != null ? ShapeMessages.written(key) : leaf + ": {"
                + ShapeMessages.example(nested) + "}") + "'");
        return false;
    }

    private boolean variants(String field, JsonNode node, Variants variants) {
        String tagField = Descriptor.child(field, variants.tag());
        String leaf = FieldReader.leaf(field);
        if (node.isTextual() && variants.shorthand()) {
            if (!choice(field, node, variants.tags())) {
                return false;
            }
            Fields chosen = variants.variants().get(node.asText());
            List<String> needed = new java.util.ArrayList<>();
            for (Key key : chosen.keys()) {
                if (key.required() && !key.name().equals(variants.tag())) {
                    needed.add(key.name());
                }
            }
            if (!needed.isEmpty()) {
                fields.addProblem(field, node.asText(), ShapeMessages.article(node.asText()) + " " + node.asText() + " " + leaf
                        + " needs its settings",
                        "write '" + leaf + ":' then indented '" + variants.tag() + ": " + node.asText() + "' and "
                                + String.join(", ", needed.stream().map(n -> "'" + n + ": ...'").toList()));
                return false;
            }
            return true;
        }
        if (!mapping(field, node, variants.tag() + ": " + variants.tags().get(0) + ", ...")) {
            return false;
        }
        JsonNode tag = node.get(variants.tag());
        if (tag == null) {
            fields.addProblem(tagField, null, "missing: the " + variants.tag() + " says which other keys " + leaf
                    + " takes", "add '" + variants.tag() + ":' with one of " + String.join(", ", variants.tags()));
            fields.markBad(tagField);
            return false;
        }
        if (!choice(tagField, tag, variants.tags())) {
            fields.markBad(tagField);
            return false;
        }
        Fields chosen = variants.variants().get(tag.asText());
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (chosen.key(name).isEmpty()) {
                List<String> takers = variants.variants().entrySet().stream()
                        .filter(v -> v.getValue().key(name).isPresent()).map(Map.Entry::getKey).toList();
                String child = Descriptor.child(field, name);
                fields.addKeyProblem(child, name, takers.isEmpty() ? "unknown key" : "not a key of " + ShapeMessages.article(
                        tag.asText()) + " " + tag.asText() + " " + leaf, takers.isEmpty()
                        ? FieldReader.suggestion(name, chosen.names(), "remove it; " + leaf + " of type "
                                + tag.asText() + " takes " + String.join(", ", chosen.names()))
                        : "remove it, or use " + variants.tag() + " " + String.join(" or ", takers));
                fields.markBad(child);
            }
        }
        fieldsOf(field, declaredOnly(node, chosen), chosen);
        return true;
    }

    private boolean entries(String field, JsonNode node, Shape.Entries entries) {
        if (!mapping(field, node, "name: value")) {
            return false;
        }
        if (node.size() > entries.maxEntries()) {
            fields.addProblem(field, node.size() + " entries", "more than the " + entries.maxEntries()
                    + " entries allowed here" + (entries.whyMax() != null ? " (" + entries.whyMax() + ")" : ""),
                    "keep at most " + entries.maxEntries() + (entries.whyMax() != null ? ": split them over two"
                    + " descriptors (two APIs)" : ""));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String child = Descriptor.child(field, name);
            if (fields.refused(child)) {
                continue;
            }
            if (name.isEmpty() || name.length() > entries.keyMaxLength()) {
                fields.addKeyProblem(child, name, name.isEmpty() ? "an empty name" : "a name of " + name.length()
                        + " characters, over the " + entries.keyMaxLength() + " allowed here",
                        "use " + entries.keyForm() + ", at most " + entries.keyMaxLength() + " characters");
                fields.markBad(child);
            } else if (entries.keyPattern() != null && !entries.keyPattern().matcher(name).matches()) {
                fields.addKeyProblem(child, name, "not a name '" + FieldReader.leaf(field) + "' takes",
                        "use " + entries.keyForm());
                fields.markBad(child);
            } else {
                value(child, entry.getValue(), entries.value(), null);
            }
        }
        return true;
    }

    private boolean items(String field, JsonNode node, Shape.Items items) {
        if (!node.isArray()) {
            fields.addProblem(field, display(node), "must be a list", "write '" + FieldReader.leaf(field)
                    + ": [first, second]'");
            return false;
        }
        if (node.size() < items.minItems()) {
            fields.addProblem(field, display(node), items.minItems() == 1 ? "an empty list" : "fewer than the "
                    + items.minItems() + " items needed here", "list at least " + (items.minItems() == 1 ? "one"
                    : items.minItems()));
            return false;
        }
        if (node.size() > items.maxItems()) {
            fields.addProblem(field, node.size() + " items", "more than the " + items.maxItems() + " items allowed"
                    + " here", "keep at most " + items.maxItems());
            return false;
        }
        for (int i = 0; i < node.size(); i++) {
            value(field + "." + i, node.get(i), items.item(), null);
        }
        return true;
    }

    private boolean mapping(String field, JsonNode node, String example) {
        if (node.isObject()) {
            return true;
        }
        fields.addProblem(field, display(node), "must be a mapping", "write '" + FieldReader.leaf(field)
                + ":' then indented lines, or '" + FieldReader.leaf(field) + ": {" + example + "}'");
        return false;
    }

    /**
     * Whether the node is non-empty text; else reports it. {@code fitsQuoted} says whether the value would be right
     * once quoted (then quoting is the fix), {@code what} what to write otherwise.
     */
    /** Non-empty text: what {@link #isText} accepts, tested first so that the usual case builds no message. */
    private static boolean filled(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty();
    }

    private boolean isText(String field, JsonNode node, String what, java.util.function.Predicate<String> fitsQuoted) {
        if (node.isTextual()) {
            if (node.asText().isEmpty()) {
                fields.addProblem(field, "", "must not be empty", "write a value or remove the key");
                return false;
            }
            return true;
        }
        if (node.isContainerNode()) {
            fields.addProblem(field, display(node), "must be text, not a " + (node.isObject() ? "mapping" : "list"),
                    "write " + what);
        } else {
            String raw = fields.raw(field, node);
            fields.addProblem(field, raw, "must be text; YAML reads " + raw + " as a " + (node.isBoolean()
                    ? "boolean" : "number"), fitsQuoted.test(raw) ? "quote it: " + FieldReader.leaf(field) + ": \""
                    + raw + "\"" : "write " + what);
        }
        return false;
    }

    private boolean text(String field, JsonNode node, Shape.Text text, Key key) {
        if (!filled(node) && !isText(field, node, text.form() != null ? text.form() : "a text value",
                raw -> raw.length() <= text.maxLength() && (text.pattern() == null
                        || text.pattern().matcher(raw).matches()))) {
            return false;
        }
        String value = node.asText();
        if (value.length() > text.maxLength()) {
            fields.addProblem(field, value, "longer than the " + text.maxLength() + " characters allowed here (it"
                    + " has " + value.length() + ")", "shorten it to at most " + text.maxLength() + " characters");
            return false;
        }
        if (text.pattern() != null && !text.pattern().matcher(value).matches()) {
            String leaf = FieldReader.leaf(field);
            fields.addProblem(field, value, leaf.matches("[0-9]+") ? "not a valid item of '" + FieldReader.leaf(
                    field.substring(0, field.length() - leaf.length() - 1)) + "'" : "not a valid " + (key == null ? "value" : leaf),
                    repaired(value, text));
            return false;
        }
        return true;
    }

    /**
     * The fix: the value repaired when a common slip is all that is wrong (capitals; a slash too many at either end;
     * a path after a URL's host, where an origin has none), else the form the key takes.
     */
    private static String repaired(String value, Shape.Text text) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals(value) && text.pattern().matcher(lower).matches()) {
            return "write it in lowercase: '" + lower + "'";
        }
        for (String candidate : new String[] {value.replaceAll("/+$", ""), value.replaceAll("^/+", ""),
                value.replaceFirst("^([a-z][a-z0-9+.-]*://[^/]+)/.*$", "$1")}) {
            for (String form : new String[] {candidate, candidate.toLowerCase(Locale.ROOT)}) {
                if (!form.equals(value) && !form.isEmpty() && text.pattern().matcher(form).matches()) {
                    return "write '" + form + "'";
                }
            }
        }
        return "use " + text.form();
    }

    private boolean choice(String field, JsonNode node, List<String> values) {
        if (!filled(node) && !isText(field, node, "one of " + String.join(", ", values), values::contains)) {
            return false;
        }
        String text = node.asText();
        if (values.contains(text)) {
            return true;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String fix = values.contains(upper) ? "write it in capitals: '" + upper + "'"
                : FieldReader.suggestion(text, values, "use one of " + String.join(", ", values));
        fields.addProblem(field, text, "not one of " + String.join(", ", values), fix);
        return false;
    }

    private boolean flag(String field, JsonNode node) {
        if (node.isBoolean()) {
            return true;
        }
        fields.addProblem(field, fields.raw(field, node), "must be true or false" + yaml11(field, node), "write '"
                + FieldReader.leaf(field) + ": true' or '" + FieldReader.leaf(field) + ": false'");
        return false;
    }

    /** Why a YAML 1.1 word ({@code yes}, {@code off}) is not a boolean here; empty for anything else. */
    private String yaml11(String field, JsonNode node) {
        String raw = fields.raw(field, node);
        return node.isTextual() && YAML11_BOOLEANS.contains(raw.toLowerCase(Locale.ROOT)) ? " ('" + raw + "' is a"
                + " YAML 1.1 boolean; this descriptor is read as YAML 1.2)" : "";
    }

    /** The node as the user might recognise it, one line. */
    static String display(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** The keys of a variant mapping that the variant declares (the others are reported as not its keys). */
    private static JsonNode declaredOnly(JsonNode node, Fields chosen) {
        ObjectNode copy = ((ObjectNode) node).objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (chosen.key(e.getKey()).isPresent()) {
                copy.set(e.getKey(), e.getValue());
            }
        }
        return copy;
    }
}
