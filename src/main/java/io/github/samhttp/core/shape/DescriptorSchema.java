package io.github.samhttp.core.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Variants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptor's JSON Schema (draft-07, what yaml-language-server and IntelliJ both read), derived from
 * {@link DescriptorShape}: a description and Markdown description per key for hover, enums for completion,
 * {@code additionalProperties: false} for typos, defaults where the declaration has a plain one. It checks the
 * shape only; what crosses fields (an {@code encoding} a GET cannot have, a path parameter the endpoint lacks) is
 * left to the build, which says it with the line, the column and the fix.
 *
 * <p>The keys at the top of a descriptor are declared once under the root's {@code properties}; the two forms (one
 * integration, or {@code integrations:}) and an integration of the service refer to them. A composite shape used
 * in more than one place ({@code auth}, the connection parameters, an integration) is one entry of
 * {@code definitions}.
 */
public final class DescriptorSchema {

    /** The schema's file name, beside the descriptor and in {@code docs/}. */
    public static final String FILE_NAME = "sam-http-descriptor.schema.json";
    /** Where the schema is in the plugin's jar. */
    public static final String RESOURCE = "/io/github/samhttp/" + FILE_NAME;
    public static final String DRAFT = "http://json-schema.org/draft-07/schema#";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A default as the declaration writes it when it is one plain value: {@code `8`}. */
    private static final Pattern PLAIN_DEFAULT = Pattern.compile("`([^`]+)`");
    private static final Pattern QUANTIFIER = Pattern.compile("\\{[0-9]+(,[0-9]*)?}");

    /** Shapes used more than once, by identity, and the name of their entry in {@code definitions}. */
    private final Map<Shape, String> shared = new IdentityHashMap<>();
    /** The same, by name, in the order the declaration first uses them. */
    private final Map<String, Shape> definitionOrder = new LinkedHashMap<>();
    private final ObjectNode definitions = NODES.objectNode();

    private DescriptorSchema() {
        // Linked: the order of first use, so that the file is the same on every run.
        Map<Shape, Integer> uses = new java.util.LinkedHashMap<>();
        Map<Shape, String> firstName = new IdentityHashMap<>();
        firstName.put(DescriptorShape.INTEGRATION, "integration");
        firstName.put(DescriptorShape.auth(), "connection");
        for (Key key : DescriptorShape.readmeOrder()) {
            count(key.name(), key.shape(), uses, firstName);
        }
        uses.forEach((shape, n) -> {
            if (n > 1) {
                String name = firstName.get(shape);
                int suffix = 2;
                while (definitionOrder.containsKey(name)) {
                    name = firstName.get(shape) + suffix++;
                }
                definitionOrder.put(name, shape);
                shared.put(shape, name);
            }
        });
    }

    /** The schema, as {@code docs/} and the jar hold it (serialised by the one JSON writer). */
    public static ObjectNode tree() {
        return new DescriptorSchema().root();
    }

    /** The schema file shipped in the plugin's jar. */
    public static byte[] shipped() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode root() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", "sam-http integration descriptor");
        root.put("description", "An integration descriptor of sam-http-maven-plugin: one integration (endpoint,"
                + " method, auth at the top), or several under 'integrations'.");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        for (Key key : DescriptorShape.readmeOrder()) {
            properties.set(key.name(), keySchema(key));
        }
        root.putObject("if").putArray("required").add("integrations");
        ObjectNode service = form(DescriptorShape.SERVICE_FORM, true);
        // The build requires the service's name too: it names the stack and the API.
        ((ArrayNode) service.get("required")).insert(0, "name");
        root.set("then", service);
        root.set("else", form(DescriptorShape.SINGLE_FORM, true));
        root.set("definitions", definitions);
        definitionOrder.forEach((name, shape) -> definitions.set(name, shape == DescriptorShape.INTEGRATION
                ? form(DescriptorShape.INTEGRATION, false) : shapeSchema(shape, false)));
        return root;
    }

    /** A form of top-level keys: each refers to its declaration under the root's {@code properties}. */
    private static ObjectNode form(Fields fields, boolean complete) {
        ObjectNode form = NODES.objectNode();
        form.put("type", "object");
        ObjectNode properties = form.putObject("properties");
        for (Key key : fields.keys()) {
            properties.putObject(key.name()).put("$ref", "#/properties/" + pointer(key.name()));
        }
        form.put("additionalProperties", false);
        required(form, fields, complete);
        return form;
    }

    private static void required(ObjectNode schema, Fields fields, boolean complete) {
        List<String> required = fields.keys().stream().filter(Key::required).map(Key::name).toList();
        if (complete && !required.isEmpty()) {
            ArrayNode names = schema.putArray("required");
            required.forEach(names::add);
        }
    }

    private ObjectNode keySchema(Key key) {
        ObjectNode schema = NODES.objectNode();
        String markdown = key.description() + (key.defaultValue() == null ? "" : "\n\nDefault: " + key.defaultValue());
        schema.put("description", markdown.replace("`", "").replace("\n\n", " "));
        schema.put("markdownDescription", markdown);
        ObjectNode shape = shapeSchema(key.shape(), true);
        if (shape.has("$ref")) {
            // draft-07 ignores the keywords beside a $ref: the description stays outside it.
            schema.putArray("allOf").add(shape);
        } else {
            schema.setAll(shape);
        }
        JsonNode value = defaultValue(key);
        if (value != null) {
            schema.set("default", value);
        }
        return schema;
    }

    /** The schema of a shape; with {@code reuse}, a reference where the shape is one of {@code definitions}. */
    private ObjectNode shapeSchema(Shape shape, boolean reuse) {
        ObjectNode schema = NODES.objectNode();
        if (reuse && shared.containsKey(shape)) {
            return schema.put("$ref", "#/definitions/" + pointer(shared.get(shape)));
        }
        if (shape instanceof Shape.Text text) {
            schema.put("type", "string").put("minLength", 1).put("maxLength", text.maxLength());
            if (text.pattern() != null) {
                schema.put("pattern", ecma(text.pattern()));
            }
        } else if (shape instanceof Shape.Choice choice) {
            schema.put("type", "string");
            choice.values().forEach(schema.putArray("enum")::add);
        } else if (shape instanceof Shape.Whole whole) {
            schema.put("type", "integer").put("minimum", whole.min()).put("maximum", whole.max());
        } else if (shape instanceof Shape.Decimal decimal) {
            schema.put("type", "number").put("minimum", decimal.min()).put("maximum", decimal.max());
        } else if (shape instanceof Shape.Flag) {
            schema.put("type", "boolean");
        } else if (shape instanceof Shape.Reference) {
            schema.put("type", "string").put("minLength", 1);
        } else if (shape instanceof Fields fields) {
            fields(schema, fields);
        } else if (shape instanceof Shape.Toggle toggle) {
            ArrayNode either = schema.putArray("anyOf");
            either.addObject().put("type", "boolean");
            fields(either.addObject(), toggle.fields());
        } else if (shape instanceof Variants variants) {
            return variants(variants);
        } else if (shape instanceof Shape.Entries entries) {
            schema.put("type", "object");
            ObjectNode names = schema.putObject("propertyNames").put("minLength", 1)
                    .put("maxLength", entries.keyMaxLength());
            if (entries.keyPattern() != null) {
                names.put("pattern", ecma(entries.keyPattern()));
            }
            schema.set("additionalProperties", shapeSchema(entries.value(), true));
            schema.put("maxProperties", entries.maxEntries());
        } else if (shape instanceof Shape.Items items) {
            schema.put("type", "array").set("items", shapeSchema(items.item(), true));
            if (items.minItems() > 0) {
                schema.put("minItems", items.minItems());
            }
            schema.put("maxItems", items.maxItems());
        } else {
            // Json and Schema: a mapping passed on as written.
            schema.put("type", "object");
        }
        return schema;
    }

    private void fields(ObjectNode schema, Fields fields) {
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        fields.keys().forEach(key -> properties.set(key.name(), keySchema(key)));
        schema.put("additionalProperties", false);
        required(schema, fields, true);
    }

    /**
     * A mapping whose keys depend on its tag: every key for completion, then one {@code if}/{@code then} per variant
     * that allows only that variant's keys and requires its required ones. A shorthand also takes the bare tag.
     */
    private ObjectNode variants(Variants variants) {
        ObjectNode object = NODES.objectNode().put("type", "object");
        ObjectNode all = object.putObject("properties");
        Map<String, Key> first = new LinkedHashMap<>();
        variants.variants().values().forEach(fields -> fields.keys().forEach(key -> first.putIfAbsent(key.name(), key)));
        first.values().forEach(key -> all.set(key.name(), keySchema(key)));
        object.putArray("required").add(variants.tag());
        ArrayNode cases = object.putArray("allOf");
        variants.variants().forEach((tag, fields) -> {
            ObjectNode when = cases.addObject();
            when.putObject("if").putObject("properties").putObject(variants.tag()).put("const", tag);
            ObjectNode then = when.putObject("then");
            ObjectNode properties = then.putObject("properties");
            // A key declared as the one above is checked there already.
            fields.keys().forEach(key -> properties.set(key.name(), first.get(key.name()) == key ? NODES.objectNode()
                    : keySchema(key)));
            then.put("additionalProperties", false);
            required(then, fields, true);
        });
        if (!variants.shorthand()) {
            return object;
        }
        ObjectNode either = NODES.objectNode();
        ObjectNode bare = either.putArray("anyOf").addObject().put("type", "string");
        ArrayNode tags = bare.putArray("enum");
        variants.variants().forEach((tag, fields) -> {
            if (fields.keys().stream().noneMatch(k -> k.required() && !k.name().equals(variants.tag()))) {
                tags.add(tag);
            }
        });
        ((ArrayNode) either.get("anyOf")).add(object);
        return either;
    }

    /** The default as a JSON value of the key's shape, when the declaration gives one plain value. */
    private static JsonNode defaultValue(Key key) {
        Matcher plain = key.defaultValue() == null ? null : PLAIN_DEFAULT.matcher(key.defaultValue());
        if (plain == null || !plain.matches()) {
            return null;
        }
        String text = plain.group(1);
        Shape shape = key.shape();
        if (shape instanceof Shape.Whole) {
            return NODES.numberNode(Integer.parseInt(text));
        } else if (shape instanceof Shape.Decimal) {
            return NODES.numberNode(new BigDecimal(text));
        } else if (shape instanceof Shape.Flag || shape instanceof Shape.Toggle) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        } else if (shape instanceof Shape.Json) {
            return text.equals("{}") ? NODES.objectNode() : null;
        } else if (shape instanceof Variants variants) {
            return variants.shorthand() ? NODES.textNode(text) : null;
        }
        return NODES.textNode(text);
    }

    /** Counts the uses of each composite shape, descending into each once. */
    private static void count(String name, Shape shape, Map<Shape, Integer> uses, Map<Shape, String> firstName) {
        if (shape instanceof Fields || shape instanceof Variants) {
            firstName.putIfAbsent(shape, name);
            if (uses.merge(shape, 1, Integer::sum) > 1) {
                return;
            }
        }
        if (shape == DescriptorShape.INTEGRATION) {
            return; // its keys are the top-level ones, declared under the root's properties
        }
        if (shape instanceof Shape.Toggle toggle) {
            toggle.fields().keys().forEach(key -> count(key.name(), key.shape(), uses, firstName));
        } else if (shape instanceof Fields fields) {
            fields.keys().forEach(key -> count(key.name(), key.shape(), uses, firstName));
        } else if (shape instanceof Variants variants) {
            variants.variants().values().forEach(f -> f.keys().forEach(k -> count(k.name(), k.shape(), uses,
                    firstName)));
        } else if (shape instanceof Shape.Entries entries) {
            count(name, entries.value(), uses, firstName);
        } else if (shape instanceof Shape.Items items) {
            count(name, items.item(), uses, firstName);
        }
    }

    /**
     * A Java pattern as an ECMA-262 one (JSON Schema's dialect, compiled by editors with the {@code u} flag), anchored
     * at both ends as {@link Matcher#matches()} is: {@code \p{Cntrl}} spelled out, and a {@code ]}, {@code {} or
     * {@code }} that Java reads as itself escaped.
     */
    static String ecma(Pattern pattern) {
        String java = pattern.pattern();
        StringBuilder out = new StringBuilder("^(?:");
        boolean inClass = false;
        for (int i = 0; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '\\') {
                if (java.startsWith("p{Cntrl}", i + 1)) {
                    out.append(inClass ? "\\x00-\\x1F\\x7F" : "[\\x00-\\x1F\\x7F]");
                    i += "p{Cntrl}".length();
                } else if (java.charAt(i + 1) == 'p') {
                    int end = java.indexOf('}', i);
                    out.append(java, i, end + 1);
                    i = end;
                } else {
                    out.append(c).append(java.charAt(++i));
                }
            } else if (inClass) {
                inClass = c != ']';
                out.append(c);
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == '{') {
                Matcher quantifier = QUANTIFIER.matcher(java).region(i, java.length());
                if (quantifier.lookingAt()) {
                    out.append(quantifier.group());
                    i = quantifier.end() - 1;
                } else {
                    out.append("\\{");
                }
            } else if (c == ']' || c == '}') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.append(")$").toString();
    }

    /** A name as a JSON pointer segment. */
    private static String pointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
