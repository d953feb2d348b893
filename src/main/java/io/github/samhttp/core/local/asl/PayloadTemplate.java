package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Parameters and ResultSelector: a field whose name ends in {@code .$} takes a path or an intrinsic's value. */
final class PayloadTemplate {

    private PayloadTemplate() {
    }

    static JsonNode apply(JsonNode template, JsonNode input, JsonNode context) throws StatesError {
        if (template.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (name.endsWith(".$")) {
                    out.set(name.substring(0, name.length() - 2), dynamic(field.getValue().asText(), input, context));
                } else {
                    out.set(name, apply(field.getValue(), input, context));
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (JsonNode item : template) {
                out.add(apply(item, input, context));
            }
            return out;
        }
        return template;
    }

    private static JsonNode dynamic(String expression, JsonNode input, JsonNode context) throws StatesError {
        if (Intrinsics.isIntrinsic(expression)) {
            return Intrinsics.evaluate(expression, input, context);
        }
        if (expression.startsWith("$$")) {
            return Paths.read(context, expression.substring(1));
        }
        return Paths.read(input, expression);
    }
}
