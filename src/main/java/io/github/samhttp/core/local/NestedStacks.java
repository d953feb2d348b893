package io.github.samhttp.core.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project whose integrations are in nested stacks, read as one template: each {@code AWS::Serverless::Application}
 * of the root is replaced by the resources of the template it names, where a reference to one of that template's
 * parameters becomes the root's value for it; a nested stack's outputs are kept by {@code <stack>.Outputs.<name>},
 * for the root's {@code Fn::GetAtt} (and the API body's) to resolve. Logical IDs are unique across the stacks, as the
 * plugin mints them, but for what each nested stack has of its own ({@link #EACH_STACKS_OWN}).
 */
final class NestedStacks {

    private static final YAMLMapper YAML = new YAMLMapper();
    /**
     * What every nested stack has under the same logical ID: the role the API starts its state machines with (the
     * local runtime evaluates no IAM) and its dashboard (not run locally).
     */
    private static final java.util.Set<String> EACH_STACKS_OWN = java.util.Set.of("ApiRole", "Dashboard");

    /** The root template with its nested stacks' resources in it. */
    record Flat(JsonNode template, Map<String, JsonNode> outputs) {
    }

    private NestedStacks() {
    }

    static Flat flatten(JsonNode template, Map<String, byte[]> files) throws IOException {
        ObjectNode flat = template.deepCopy();
        ObjectNode resources = (ObjectNode) flat.path("Resources");
        Map<String, JsonNode> outputs = new LinkedHashMap<>();
        List<String> stacks = new ArrayList<>();
        template.path("Resources").fields().forEachRemaining(r -> {
            if (r.getValue().path("Type").asText().equals("AWS::Serverless::Application")) {
                stacks.add(r.getKey());
            }
        });
        for (String id : stacks) {
            JsonNode properties = template.path("Resources").path(id).path("Properties");
            String location = properties.path("Location").asText();
            byte[] bytes = files.get(location);
            if (bytes == null) {
                throw new IllegalArgumentException("the nested stack " + location + " is missing");
            }
            JsonNode nested = YAML.readTree(bytes);
            JsonNode passed = properties.path("Parameters");
            resources.remove(id);
            for (Iterator<Map.Entry<String, JsonNode>> it = nested.path("Resources").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = it.next();
                String key = resource.getKey();
                if (resources.has(key) && !EACH_STACKS_OWN.contains(key)) {
                    throw new IllegalArgumentException("two stacks define " + key);
                }
                // A stack's own role or dashboard after the first: kept under the stack's name, so that what a run
                // reports counts each, while references (none the runtime follows) find the first.
                resources.set(resources.has(key) ? id + key : key, substitute(resource.getValue(), passed));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = nested.path("Outputs").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> output = it.next();
                outputs.put(id + ".Outputs." + output.getKey(), substitute(output.getValue().path("Value"), passed));
            }
        }
        return new Flat(flat, outputs);
    }

    /** The node with each {@code Ref} to a parameter of the nested stack replaced by the root's value for it. */
    private static JsonNode substitute(JsonNode node, JsonNode passed) {
        if (node.isObject() && node.size() == 1 && node.has("Ref") && passed.has(node.get("Ref").asText())) {
            return passed.get(node.get("Ref").asText()).deepCopy();
        }
        if (node.isObject() && node.has("Fn::Sub")) {
            return sub(node.get("Fn::Sub"), passed);
        }
        if (node.isObject()) {
            ObjectNode copy = YAML.createObjectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), substitute(f.getValue(), passed)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = YAML.createArrayNode();
            node.forEach(item -> copy.add(substitute(item, passed)));
            return copy;
        }
        return node;
    }

    /** An Fn::Sub whose text names a parameter of the nested stack: the root's value as one of its variables. */
    private static JsonNode sub(JsonNode sub, JsonNode passed) {
        String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
        ObjectNode variables = sub.isArray() ? (ObjectNode) substitute(sub.get(1), passed) : YAML.createObjectNode();
        for (Iterator<String> names = passed.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (text.contains("${" + name + "}") && !variables.has(name)) {
                variables.set(name, passed.get(name).deepCopy());
            }
        }
        ObjectNode node = YAML.createObjectNode();
        node.putArray("Fn::Sub").add(text).add(variables);
        return node;
    }
}
