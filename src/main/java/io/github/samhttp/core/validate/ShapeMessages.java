package io.github.samhttp.core.validate;

import io.github.samhttp.core.shape.Key;
import io.github.samhttp.core.shape.Shape;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the shape check's messages say of a declared key: its example, what its shape takes, its default. */
final class ShapeMessages {

    /** A number as text, possibly quoted. */
    static final Pattern NUMBER = Pattern.compile("\\s*-?[0-9]+(?:\\.[0-9]+)?\\s*");
    /** The first example in a key's description: e.g. `...`. */
    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\. `([^`]+)`");

    private ShapeMessages() {
    }

    /** What to add for a missing key: its example from the declaration, or what its shape takes. */
    static String hint(Key key) {
        Matcher example = EXAMPLE.matcher(key.description());
        Shape shape = key.shape();
        if (shape instanceof Shape.Choice choice) {
            return "with one of " + String.join(", ", choice.values());
        }
        if (shape instanceof Variants variants) {
            return "with '" + variants.tag() + ":' one of " + String.join(", ", variants.tags()) + " and its keys";
        }
        if (shape instanceof Shape.Reference) {
            return "with a reference such as 'secretsmanager:name:SecretString:key'";
        }
        if (example.find()) {
            return "e.g. '" + key.name() + ": " + example.group(1) + "'";
        }
        if (shape instanceof Shape.Text text && text.form() != null) {
            return "with " + text.form();
        }
        return "with a value";
    }

    /** The key as its description's first example writes it ({@code alarms: {email: ...}}), or null. */
    static String written(Key key) {
        Matcher example = EXAMPLE.matcher(key.description());
        if (!example.find()) {
            return null;
        }
        return example.group(1).startsWith(key.name() + ":") ? example.group(1) : key.name() + ": " + example.group(1);
    }

    /** A number to show in a fix: the key's default when it has a plain one. */
    static String example(Key key, String otherwise) {
        String value = key == null || key.defaultValue() == null ? "" : key.defaultValue().replace("`", "");
        return NUMBER.matcher(value).matches() ? value : otherwise;
    }

    static String example(Fields fields) {
        List<String> names = new ArrayList<>(fields.names());
        return String.join(": ..., ", names.subList(0, Math.min(2, names.size()))) + ": ...";
    }

    static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
