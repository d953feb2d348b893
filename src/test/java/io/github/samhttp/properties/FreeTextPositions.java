package io.github.samhttp.properties;

import io.github.samhttp.core.shape.DescriptorShape;
import io.github.samhttp.core.shape.Key;
import io.github.samhttp.core.shape.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every place in a descriptor where the user writes text, keys included, found by walking the declaration
 * ({@link DescriptorShape}): a key added there is covered here without a change. Each position comes with a valid
 * descriptor around it, so that only the text put there decides whether the descriptor is accepted.
 */
final class FreeTextPositions {

    /**
     * One place for text.
     *
     * @param path the dotted path of the value, or of the mapping whose key the text becomes
     * @param key whether the text becomes a key of the mapping at {@code path} (else the value at {@code path})
     * @param entryValue for a key, the valid value it maps to
     * @param context the keys the descriptor needs around this place (an auth or trigger type, a method)
     */
    record Position(String path, boolean key, Object entryValue, Map<String, Object> context) {
        @Override
        public String toString() {
            return (key ? "key of " : "") + path;
        }
    }

    static final Map<String, Object> BASE = Descriptors.map(
            "endpoint", "https://api.example.com/v1/items/{item}",
            "method", "POST",
            "auth", Descriptors.map("type", "BASIC", "username", "user", "password", "ssm:/p"),
            "path", "/items/{item}");

    private static final Map<String, Map<String, Object>> AUTH = Map.of(
            "BASIC", Descriptors.map("type", "BASIC", "username", "user", "password", "ssm:/p"),
            "API_KEY", Descriptors.map("type", "API_KEY", "header", "x-api-key", "value", "ssm:/k"),
            "OAUTH_CLIENT_CREDENTIALS", Descriptors.map("type", "OAUTH_CLIENT_CREDENTIALS", "tokenEndpoint",
                    "https://auth.example.com/token", "clientId", "client", "clientSecret", "ssm:/s"));
    private static final Map<String, Map<String, Object>> TRIGGER = Map.of(
            "REST_API", Descriptors.map("type", "REST_API"),
            "HTTP_API", Descriptors.map("type", "HTTP_API"),
            "EVENTBRIDGE", Descriptors.map("type", "EVENTBRIDGE", "pattern", Descriptors.map("source",
                    List.of("com.example"))),
            "SCHEDULE", Descriptors.map("type", "SCHEDULE", "expression", "rate(1 hour)"));

    private FreeTextPositions() {
    }

    /** Every text position of the five-line form. */
    static List<Position> all() {
        List<Position> positions = new ArrayList<>();
        for (Key key : DescriptorShape.SINGLE_FORM.keys()) {
            walk(key.name(), key.shape(), Map.of(), positions);
        }
        return positions;
    }

    private static void walk(String path, Shape shape, Map<String, Object> context, List<Position> out) {
        if (shape instanceof Shape.Text || shape instanceof Shape.Reference || shape instanceof Shape.Choice) {
            out.add(new Position(path, false, null, context));
        } else if (shape instanceof Shape.Fields fields) {
            fields.keys().forEach(k -> walk(path + "." + k.name(), k.shape(), context, out));
        } else if (shape instanceof Shape.Toggle toggle) {
            toggle.fields().keys().forEach(k -> walk(path + "." + k.name(), k.shape(), context, out));
        } else if (shape instanceof Shape.Variants variants) {
            variants.variants().forEach((tag, fields) -> {
                Map<String, Object> withVariant = new LinkedHashMap<>(context);
                withVariant.put(path, path.equals("auth") ? AUTH.get(tag) : TRIGGER.get(tag));
                fields.keys().forEach(k -> walk(path + "." + k.name(), k.shape(), withVariant, out));
            });
        } else if (shape instanceof Shape.Entries entries) {
            Object value = entryValue(entries.value());
            out.add(new Position(path, true, value, context));
            walk(path + "." + sampleKey(path), entries.value(), context, out);
        } else if (shape instanceof Shape.Items items) {
            walk(path + ".0", items.item(), context, out);
        } else if (shape instanceof Shape.Json) {
            out.add(new Position(path, true, List.of("v"), context));
            out.add(new Position(path + ".k.0", false, null, context));
        } else if (shape instanceof Shape.Schema) {
            Map<String, Object> schema = new LinkedHashMap<>(context);
            out.add(new Position(path + ".properties", true, Descriptors.map("type", "string"), schema));
            for (String keyword : List.of("title", "description", "properties.p.description", "properties.p.pattern",
                    "properties.p.format", "properties.p.enum.0", "required.0")) {
                out.add(new Position(path + "." + keyword, false, null, schema));
            }
        }
    }

    /** A valid value of an entry, for a position that puts text in its key. */
    private static Object entryValue(Shape value) {
        if (value instanceof Shape.Whole whole) {
            return whole.min();
        }
        if (value instanceof Shape.Fields || value instanceof Shape.Variants) {
            return Descriptors.map();
        }
        return value instanceof Shape.Text text && text.maxLength() > 1000 ? "ssm:/v" : "v";
    }

    private static String sampleKey(String path) {
        return switch (path.substring(path.lastIndexOf('.') + 1)) {
            case "endpointParameters" -> "Item";
            case "errorStatus" -> "503";
            case "tags" -> "team";
            default -> "X-Sample";
        };
    }

    /** The base descriptor with the position's context, and {@code text} put in its place. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inject(Position position, String text) {
        Map<String, Object> descriptor = copy(BASE);
        position.context().forEach((key, value) -> descriptor.put(key, copy(value)));
        if (descriptor.get("trigger") instanceof Map<?, ?> trigger && !List.of("REST_API", "HTTP_API").contains(
                trigger.get("type"))) {
            descriptor.remove("path");
            descriptor.put("endpoint", "https://api.example.com/v1/items");
        }
        if (position.path().startsWith("endpointParameters")) {
            descriptor.put("endpoint", "https://api.example.com/v1/items/{Item}");
            descriptor.remove("path");
        }
        String[] parts = position.path().split("\\.");
        Object parent = descriptor;
        for (int i = 0; i < parts.length - (position.key() ? 0 : 1); i++) {
            Map<String, Object> map = (Map<String, Object>) parent;
            boolean list = i + 1 < parts.length && parts[i + 1].equals("0");
            Object next = map.get(parts[i]);
            if (list) {
                if (!(next instanceof List<?>)) {
                    next = new ArrayList<>();
                    map.put(parts[i], next);
                }
                ((List<Object>) next).clear();
                if (i + 1 == parts.length - 1) {
                    ((List<Object>) next).add(text);
                    return descriptor;
                }
                Map<String, Object> item = new LinkedHashMap<>();
                ((List<Object>) next).add(item);
                parent = item;
                i++;
                continue;
            }
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                map.put(parts[i], next);
            }
            parent = next;
        }
        Map<String, Object> target = (Map<String, Object>) parent;
        if (position.key()) {
            target.clear();
            target.put(text, copy(position.entryValue()));
        } else {
            target.put(parts[parts.length - 1], text);
        }
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }
}
