package io.github.samhttp.core.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A parsed descriptor: its tree, and where each field's key and value stand in the file.
 *
 * @param file the descriptor's name as shown to the user
 * @param root the top-level mapping
 * @param keys location of each field's key, by dotted field path ({@code auth.type})
 * @param values location of each field's value, by dotted field path
 * @param scalars how each value that YAML read as a number or boolean was written ({@code 1e3}, {@code true})
 */
public record Descriptor(String file, ObjectNode root, Map<String, Location> keys, Map<String, Location> values,
        Map<String, String> scalars) {

    /** Where the key of {@code field} stands, or the start of the file. */
    public Location keyOf(String field) {
        return keys.getOrDefault(field, Location.START);
    }

    /** Where the value of {@code field} stands, falling back to its key, then to the start of the file. */
    public Location valueOf(String field) {
        Location value = values.get(field);
        return value != null ? value : keyOf(field);
    }

    /** How the value of {@code field} was written, for a number or boolean; null for other values. */
    public String scalarText(String field) {
        return scalars.get(field);
    }

    /** The dotted path of {@code name} under {@code parent}. */
    public static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
