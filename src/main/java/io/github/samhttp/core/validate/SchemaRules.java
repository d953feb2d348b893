package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.JsonValue;
import io.github.samhttp.core.model.HttpMethod;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The request body's JSON Schema, checked as the draft-4 meta-schema would (in the subset OpenAPI 3.0 shares):
 * keywords API Gateway models take, each with a value of the right kind and range, all the way down; no references,
 * so the schema stands on its own. API Gateway refuses an invalid model at deploy time; this refuses it at build time.
 */
final class SchemaRules {

    /** Keywords that both API Gateway models (JSON Schema draft 4) and OpenAPI 3.0 schema objects take. */
    static final List<String> SCHEMA_KEYWORDS = List.of("type", "properties", "required", "items", "enum", "format",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
            "minItems", "maxItems", "uniqueItems", "additionalProperties", "minProperties", "maxProperties",
            "multipleOf", "allOf", "anyOf", "oneOf", "not", "title", "description", "default");
    private static final List<String> SCHEMA_TYPES = List.of("object", "array", "string", "number", "integer",
            "boolean");
    /** Keywords whose value must be a whole number of zero or more (draft 4). */
    private static final List<String> COUNTS = List.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties");
    /** Lower and upper bounds that must not cross. */
    private static final Map<String, String> BOUNDS = Map.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties", "minimum", "maximum");

    private final FieldReader fields;

    SchemaRules(FieldReader fields) {
        this.fields = fields;
    }

    JsonValue requestSchema(HttpMethod method) {
        JsonNode node = fields.at("requestSchema");
        if (node.isMissingNode()) {
            return null;
        }
        if (method != null && !method.sendsBody()) {
            fields.addProblem("requestSchema", method.name(), "a " + method + " request has no body to validate",
                    "remove 'requestSchema', or use POST, PUT or PATCH");
            return null;
        }
        int before = fields.problemCount();
        schema("requestSchema", node);
        return fields.problemCount() == before ? FieldReader.json(node) : null;
    }

    private void schema(String field, JsonNode node) {
        if (!node.isObject()) {
            fields.addProblem(field, ShapeCheck.display(node), "a schema must be a mapping of JSON Schema keywords",
                    "write e.g. '{type: object, required: [to], properties: {to: {type: string}}}'");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            keyword(field, entry.getKey(), entry.getValue());
        }
        BOUNDS.forEach((low, high) -> {
            if (node.path(low).isNumber() && node.path(high).isNumber()
                    && node.get(low).decimalValue().compareTo(node.get(high).decimalValue()) > 0) {
                fields.addProblem(field + "." + low, node.get(low).asText(), "greater than " + high + " ("
                        + node.get(high).asText() + "): no value could match", "make " + low + " at most " + high);
            }
        });
    }

    private void keyword(String field, String keyword, JsonNode value) {
        String child = field + "." + keyword;
        if (!SCHEMA_KEYWORDS.contains(keyword)) {
            fields.addKeyProblem(child, keyword, "not a JSON Schema keyword API Gateway models take (no $ref or"
                    + " $schema: the schema stands on its own)", FieldReader.suggestion(keyword, SCHEMA_KEYWORDS,
                    "use " + String.join(", ", SCHEMA_KEYWORDS)));
        } else if (keyword.equals("type") && !(value.isTextual() && SCHEMA_TYPES.contains(value.asText()))) {
            fields.addProblem(child, ShapeCheck.display(value), "not one type of " + String.join(", ", SCHEMA_TYPES),
                    "write one type, e.g. 'type: object'");
        } else if (keyword.equals("properties")) {
            properties(child, value);
        } else if (List.of("items", "not").contains(keyword)
                || keyword.equals("additionalProperties") && !value.isBoolean()) {
            schema(child, value);
        } else if (List.of("allOf", "anyOf", "oneOf").contains(keyword)) {
            if (!value.isArray() || value.isEmpty()) {
                fields.addProblem(child, ShapeCheck.display(value), "must be a non-empty list of schemas",
                        "write a list");
            } else {
                for (int i = 0; i < value.size(); i++) {
                    schema(child + "." + i, value.get(i));
                }
            }
        } else if (keyword.equals("required") || keyword.equals("enum")) {
            list(child, keyword, value);
        } else if (List.of("exclusiveMinimum", "exclusiveMaximum", "uniqueItems").contains(keyword)
                && !value.isBoolean()) {
            fields.addProblem(child, ShapeCheck.display(value), "must be true or false (draft 4)",
                    "write '" + keyword + ": true'");
        } else if (COUNTS.contains(keyword) && !(value.isIntegralNumber() && value.bigIntegerValue().signum() >= 0
                && value.canConvertToInt())) {
            fields.addProblem(child, fields.raw(child, value), "must be a whole number of zero or more",
                    "write e.g. '" + keyword + ": 1'");
        } else if (keyword.equals("multipleOf") && !(value.isNumber() && value.decimalValue().signum() > 0)) {
            fields.addProblem(child, fields.raw(child, value), "must be a number greater than 0",
                    "write e.g. 'multipleOf: 1'");
        } else if ((keyword.equals("minimum") || keyword.equals("maximum")) && !value.isNumber()) {
            boolean quoted = value.isTextual() && value.asText().matches("-?[0-9]+(\\.[0-9]+)?");
            fields.addProblem(child, fields.raw(child, value), quoted ? "must be a number, not quoted text"
                    : "must be a number", quoted ? "remove the quotes: '" + keyword + ": " + value.asText() + "'"
                    : "write e.g. '" + keyword + ": 1'");
        } else if (List.of("pattern", "format", "title", "description").contains(keyword) && !value.isTextual()) {
            fields.addProblem(child, fields.raw(child, value), "must be text", "quote it: " + keyword + ": \""
                    + fields.raw(child, value) + "\"");
        } else if (keyword.equals("pattern") && !validRegex(value.asText())) {
            fields.addProblem(child, value.asText(), "not a regular expression (unbalanced bracket or parenthesis?)",
                    "write a regular expression such as '^[a-z]+$'");
        }
    }

    private void properties(String field, JsonNode value) {
        if (!value.isObject()) {
            fields.addProblem(field, ShapeCheck.display(value), "must map property names to schemas",
                    "write 'properties: {name: {type: string}}'");
            return;
        }
        value.fields().forEachRemaining(p -> {
            if (p.getKey().contains(".")) {
                fields.addKeyProblem(field + "." + p.getKey(), p.getKey(), "a property name with '.' is not"
                        + " supported here", "rename the property");
            } else {
                schema(field + "." + p.getKey(), p.getValue());
            }
        });
    }

    /** {@code required} (distinct property names) or {@code enum} (distinct values): non-empty lists. */
    private void list(String field, String keyword, JsonNode value) {
        boolean names = keyword.equals("required");
        if (!value.isArray() || value.isEmpty()) {
            fields.addProblem(field, ShapeCheck.display(value), "must be a non-empty list" + (names
                    ? " of property names" : ""), "write e.g. '" + keyword + ": [a, b]'");
            return;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (names && !item.isTextual()) {
                fields.addProblem(field + "." + i, fields.raw(field + "." + i, item), "a property name must be text",
                        "quote it");
            } else if (!seen.add(item)) {
                fields.addProblem(field + "." + i, ShapeCheck.display(item), "listed twice (the meta-schema wants"
                        + " distinct items)", "keep one");
            }
        }
    }

    private static boolean validRegex(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
