package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.HttpMethod;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The request body's JSON Schema: a mapping of the keywords that API Gateway models (draft 4) and OpenAPI 3.0
 * schema objects share, checked all the way down; no references, so the schema stands on its own.
 */
final class SchemaRules {

    /** Keywords that both API Gateway models (JSON Schema draft 4) and OpenAPI 3.0 schema objects take. */
    static final List<String> SCHEMA_KEYWORDS = List.of("type", "properties", "required", "items", "enum", "format",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
            "minItems", "maxItems", "uniqueItems", "additionalProperties", "minProperties", "maxProperties",
            "multipleOf", "allOf", "anyOf", "oneOf", "not", "title", "description", "default");
    private static final List<String> SCHEMA_TYPES = List.of("object", "array", "string", "number", "integer",
            "boolean");
    private static final List<String> SCHEMA_NUMBERS = List.of("minimum", "maximum", "minLength", "maxLength",
            "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf");

    private final FieldReader fields;

    SchemaRules(FieldReader fields) {
        this.fields = fields;
    }

    ObjectNode requestSchema(HttpMethod method) {
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
        return fields.problemCount() == before ? (ObjectNode) FieldReader.sortedKeys(node) : null;
    }

    private void schema(String field, JsonNode node) {
        if (!node.isObject()) {
            fields.addProblem(field, node.toString(), "a schema must be a mapping of JSON Schema keywords",
                    "write e.g. '{type: object, required: [to], properties: {to: {type: string}}}'");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            keyword(field, entry.getKey(), entry.getValue());
        }
    }

    private void keyword(String field, String keyword, JsonNode value) {
        String child = field + "." + keyword;
        if (!SCHEMA_KEYWORDS.contains(keyword)) {
            fields.addKeyProblem(child, keyword, "not a JSON Schema keyword API Gateway models take (no $ref or"
                    + " $schema: the schema stands on its own)", FieldReader.suggestion(keyword, SCHEMA_KEYWORDS,
                    "use " + String.join(", ", SCHEMA_KEYWORDS)));
        } else if (keyword.equals("type") && !(value.isTextual() && SCHEMA_TYPES.contains(value.asText()))) {
            fields.addProblem(child, value.isTextual() ? value.asText() : value.toString(), "not one type of "
                    + String.join(", ", SCHEMA_TYPES), "write one type, e.g. 'type: object'");
        } else if (keyword.equals("properties")) {
            if (!value.isObject()) {
                fields.addProblem(child, value.toString(), "must map property names to schemas",
                        "write 'properties: {name: {type: string}}'");
            } else {
                value.fields().forEachRemaining(p -> {
                    if (p.getKey().contains(".")) {
                        fields.addKeyProblem(child + "." + p.getKey(), p.getKey(), "a property name with '.' is not"
                                + " supported here", "rename the property");
                    } else {
                        schema(child + "." + p.getKey(), p.getValue());
                    }
                });
            }
        } else if (List.of("items", "not").contains(keyword)
                || keyword.equals("additionalProperties") && !value.isBoolean()) {
            schema(child, value);
        } else if (List.of("allOf", "anyOf", "oneOf").contains(keyword)) {
            if (!value.isArray() || value.isEmpty()) {
                fields.addProblem(child, value.toString(), "must be a non-empty list of schemas", "write a list");
            } else {
                for (int i = 0; i < value.size(); i++) {
                    schema(child + "." + i, value.get(i));
                }
            }
        } else if (List.of("required", "enum").contains(keyword) && (!value.isArray() || value.isEmpty()
                || keyword.equals("required") && !allText(value))) {
            fields.addProblem(child, value.toString(), "must be a non-empty list" + (keyword.equals("required")
                    ? " of property names" : ""), "write e.g. '" + keyword + ": [a, b]'");
        } else if (List.of("exclusiveMinimum", "exclusiveMaximum", "uniqueItems").contains(keyword)
                && !value.isBoolean()) {
            fields.addProblem(child, value.toString(), "must be true or false (draft 4)",
                    "write '" + keyword + ": true'");
        } else if (SCHEMA_NUMBERS.contains(keyword) && !value.isNumber()) {
            fields.addProblem(child, value.toString(), "must be a number", "write e.g. '" + keyword + ": 1'");
        } else if (List.of("pattern", "format", "title", "description").contains(keyword) && !value.isTextual()) {
            fields.notAString(child, keyword, value, "a " + keyword);
        } else if (keyword.equals("pattern") && !validRegex(value.asText())) {
            fields.addProblem(child, value.asText(), "not a regular expression (unbalanced bracket or parenthesis?)",
                    "write a regular expression such as '^[a-z]+$'");
        } else if (value.isTextual()) {
            fields.noReferences(child, value);
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
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
