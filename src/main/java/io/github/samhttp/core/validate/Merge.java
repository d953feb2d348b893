package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.shape.DescriptorShape;
import io.github.samhttp.core.shape.Key;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merge stage of a descriptor with {@code integrations:}: each integration as a descriptor of its own, from the
 * service's settings, then {@code defaults}, then its own keys, with {@code connection: name} replaced by that
 * entry of {@code connections} as its {@code auth}. Every key keeps the place where it was written, so the rules
 * report each problem there (see {@link View}).
 */
final class Merge {

    private Merge() {
    }

    /**
     * The integration {@code name}; null when its connection names no entry of {@code connections} (reported).
     *
     * @param raw the service descriptor as written, through which problems of the merge are reported
     */
    static View integration(FieldReader raw, String name) {
        Descriptor file = raw.view().file();
        JsonNode root = file.root();
        String home = "integrations." + name;
        ObjectNode merged = file.root().objectNode();
        Map<String, String> origins = new LinkedHashMap<>();
        merged.put("name", name);
        origins.put("name", home);
        for (Key setting : DescriptorShape.SERVICE_FORM.keys()) {
            if (setting.allowedAt(Key.Place.SINGLE) && !setting.name().equals("name") && root.has(setting.name())) {
                merged.set(setting.name(), root.get(setting.name()));
                origins.put(setting.name(), setting.name());
            }
        }
        copy(merged, origins, root.path("defaults"), "defaults");
        copy(merged, origins, root.path("integrations").path(name), home);
        JsonNode connection = merged.remove("connection");
        String connectionOrigin = origins.remove("connection");
        if (connection != null && connection.isTextual()) {
            String connectionName = connection.asText();
            if (merged.has("auth")) {
                raw.addProblem(connectionOrigin, connectionName, "an integration has 'connection' or 'auth', not"
                        + " both", "remove one of them");
                return null;
            }
            JsonNode connections = root.path("connections");
            if (!connections.has(connectionName)) {
                java.util.List<String> known = new java.util.ArrayList<>();
                connections.fieldNames().forEachRemaining(known::add);
                raw.addProblem(connectionOrigin, connectionName, "no such connection under 'connections'",
                        known.isEmpty() ? "add it under 'connections:'" : FieldReader.suggestion(connectionName, known,
                                "use one of " + String.join(", ", known)));
                return null;
            }
            merged.set("auth", connections.get(connectionName));
            origins.put("auth", "connections." + connectionName);
        }
        return View.merged(file, merged, origins, home);
    }

    /** The integration's named connection (its own, else the defaults'), or null for an inline 'auth'. */
    static String connectionName(JsonNode root, String name) {
        JsonNode own = root.path("integrations").path(name);
        if (own.has("connection")) {
            return own.get("connection").asText();
        }
        JsonNode defaults = root.path("defaults");
        return own.has("auth") || !defaults.has("connection") ? null : defaults.get("connection").asText();
    }

    private static void copy(ObjectNode root, Map<String, String> origins, JsonNode from, String prefix) {
        from.fields().forEachRemaining(e -> {
            // Unknown keys come along too: the check of the merged integration then knows a typo ('methdo') stands
            // for the key it finds missing, and does not report that key a second time.
            boolean unknown = DescriptorShape.readmeOrder().stream().noneMatch(k -> k.name().equals(e.getKey()));
            if (DescriptorShape.INTEGRATION.key(e.getKey()).isPresent() || unknown) {
                root.set(e.getKey(), e.getValue());
                origins.put(e.getKey(), prefix + "." + e.getKey());
            }
        });
    }
}
