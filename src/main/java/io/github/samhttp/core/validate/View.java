package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.read.Descriptor;
import java.util.Map;

/**
 * The descriptor as the rules read it: the five-line form as written, or one integration of a service merged from
 * the service's settings, the defaults, its connection and its own keys. Every top-level key keeps its origin, the
 * place in the file where the user wrote it, so a problem is reported there and nowhere else.
 */
final class View {

    private final Descriptor file;
    private final ObjectNode root;
    private final Map<String, String> origins;
    private final String home;

    private View(Descriptor file, ObjectNode root, Map<String, String> origins, String home) {
        this.file = file;
        this.root = root;
        this.origins = Map.copyOf(origins);
        this.home = home;
    }

    /** The descriptor as written. */
    static View of(Descriptor file) {
        return new View(file, file.root(), Map.of(), "");
    }

    /**
     * A merged integration.
     *
     * @param origins for each top-level key of {@code root}, the dotted path where it was written
     * @param home where a key nobody wrote belongs ({@code integrations.send-sms})
     */
    static View merged(Descriptor file, ObjectNode root, Map<String, String> origins, String home) {
        return new View(file, root, origins, home);
    }

    Descriptor file() {
        return file;
    }

    ObjectNode root() {
        return root;
    }

    /** {@code [0-9]{1,9}}, by hand: every field lookup passes here, and {@code String.matches} compiles each time. */
    private static boolean index(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The node at a dotted path, or a missing node. */
    JsonNode at(String field) {
        JsonNode node = root;
        for (String part : field.split("\\.")) {
            node = node.isArray() && index(part) ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    /** Where {@code field} was written, or would be written, in the file. */
    String origin(String field) {
        if (field.isEmpty()) {
            return home;
        }
        int dot = field.indexOf('.');
        String top = dot < 0 ? field : field.substring(0, dot);
        String origin = origins.get(top);
        return origin != null ? origin + field.substring(top.length()) : Descriptor.child(home, field);
    }
}
