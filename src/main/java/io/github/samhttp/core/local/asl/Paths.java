package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/** JSONPath over Jackson trees, with Step Functions' rules for InputPath, ResultPath and OutputPath. */
public final class Paths {

    private static final Configuration TREES = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();

    private Paths() {
    }

    /** The value at {@code path}; a path that selects nothing is a States.Runtime error, as in Step Functions. */
    public static JsonNode read(JsonNode document, String path) throws StatesError {
        if (path.equals("$")) {
            return document;
        }
        try {
            Object value = JsonPath.using(TREES).parse(document.deepCopy()).read(path);
            return value instanceof JsonNode node ? node : TREES.mappingProvider().map(value, JsonNode.class, TREES);
        } catch (PathNotFoundException e) {
            throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path + "': no value at that path in "
                    + abbreviate(document.toString()));
        } catch (RuntimeException e) {
            throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path + "': " + e.getMessage());
        }
    }

    /** Whether {@code path} selects a value. */
    public static boolean exists(JsonNode document, String path) {
        try {
            read(document, path);
            return true;
        } catch (StatesError e) {
            return false;
        }
    }

    /** InputPath and OutputPath: absent means {@code $}, JSON null means an empty object. */
    public static JsonNode select(JsonNode document, JsonNode path) throws StatesError {
        if (path == null || path.isMissingNode()) {
            return document;
        }
        if (path.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        return read(document, path.asText());
    }

    /** ResultPath: absent means the result replaces the input, null keeps the input, a path inserts it. */
    public static JsonNode place(JsonNode input, JsonNode result, JsonNode resultPath) throws StatesError {
        if (resultPath == null || resultPath.isMissingNode()) {
            return result;
        }
        if (resultPath.isNull()) {
            return input;
        }
        String path = resultPath.asText();
        if (path.equals("$")) {
            return result;
        }
        if (!path.matches("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
            throw new StatesError(StatesError.RUNTIME, "ResultPath '" + path + "' is not supported locally");
        }
        if (!input.isObject()) {
            throw new StatesError(StatesError.RUNTIME, "ResultPath '" + path + "' needs an object input");
        }
        ObjectNode root = (ObjectNode) input.deepCopy();
        ObjectNode node = root;
        String[] parts = path.substring(2).split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], result);
        return root;
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
