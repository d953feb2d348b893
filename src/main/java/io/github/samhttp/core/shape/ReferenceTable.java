package io.github.samhttp.core.shape;

import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Variants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The README's descriptor reference, rendered from the declaration: one row per key, nested keys dotted. */
public final class ReferenceTable {

    private ReferenceTable() {
    }

    /** The Markdown table, header included, each line ending in a newline. */
    public static String markdown() {
        StringBuilder table = new StringBuilder("| Key | Required | Default | Meaning |\n|---|---|---|---|\n");
        for (Key key : DescriptorShape.readmeOrder()) {
            row(table, key.name(), key.required() ? "yes" : "no", key);
            if (key.shape() instanceof Shape.Toggle toggle) {
                toggle.fields().keys().forEach(child -> row(table, key.name() + "." + child.name(), "no", child));
            } else if (key.shape() instanceof Fields fields && fields != DescriptorShape.INTEGRATION) {
                fields.keys().forEach(child -> row(table, key.name() + "." + child.name(), child.required() ? "yes"
                        : "no", child));
            } else if (key.shape() instanceof Variants variants) {
                variantRows(table, key.name(), variants);
            }
        }
        return table.toString();
    }

    /** One row per key of any variant, in order; required names the variants that require it. */
    private static void variantRows(StringBuilder table, String parent, Variants variants) {
        Map<String, Key> keys = new LinkedHashMap<>();
        Map<String, List<String>> requiredBy = new LinkedHashMap<>();
        variants.variants().forEach((tag, fields) -> fields.keys().forEach(key -> {
            keys.putIfAbsent(key.name(), key);
            requiredBy.computeIfAbsent(key.name(), k -> new ArrayList<>());
            if (key.required()) {
                requiredBy.get(key.name()).add(tag);
            }
        }));
        keys.forEach((name, key) -> {
            List<String> tags = requiredBy.get(name);
            String required = tags.isEmpty() ? "no" : tags.size() == variants.variants().size() ? "yes"
                    : String.join(", ", tags);
            row(table, parent + "." + name, required, key);
        });
    }

    private static void row(StringBuilder table, String path, String required, Key key) {
        table.append("| `").append(path).append("` | ").append(required).append(" | ")
                .append(key.defaultValue() == null ? "" : key.defaultValue()).append(" | ")
                .append(key.description()).append(" |\n");
    }
}
