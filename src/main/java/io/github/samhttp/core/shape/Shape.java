package io.github.samhttp.core.shape;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a value in the descriptor: what YAML may stand there. Declared once in {@link DescriptorShape}; the
 * shape check, the typo suggestions and the README's reference table are derived from it, and so is the JSON
 * Schema that editors use.
 */
public sealed interface Shape {

    /** Text; {@code pattern} (when set) is what it must match, described for people by {@code form}. */
    record Text(int maxLength, Pattern pattern, String form) implements Shape {
        public Text(int maxLength) {
            this(maxLength, null, null);
        }
    }

    /** One of a fixed list of words. */
    record Choice(List<String> values) implements Shape {
        public Choice(String... values) {
            this(List.of(values));
        }
    }

    /** A whole number; {@code unit} (seconds, days, ...) is named in messages and may not be written. */
    record Whole(int min, int max, String unit) implements Shape {
    }

    /** A decimal number. */
    record Decimal(BigDecimal min, BigDecimal max) implements Shape {
    }

    /** {@code true} or {@code false}. */
    record Flag() implements Shape {
    }

    /**
     * A feature that is on by default: {@code false} turns it off, {@code true} keeps its defaults, a mapping of
     * {@code fields} sets them ({@code alarms: {email: ops@example.com}}).
     */
    record Toggle(Fields fields) implements Shape {
    }

    /**
     * A value resolved by CloudFormation ({@code ssm:...}, {@code secretsmanager:...}); where {@code secret} is
     * false, plain text is allowed too.
     */
    record Reference(boolean secret) implements Shape {
    }

    /** A mapping with declared keys. */
    record Fields(List<Key> keys) implements Shape {
        public Fields(Key... keys) {
            this(List.of(keys));
        }

        public Optional<Key> key(String name) {
            for (Key key : keys) {
                if (key.name().equals(name)) {
                    return Optional.of(key);
                }
            }
            return Optional.empty();
        }

        public List<String> names() {
            List<String> names = new java.util.ArrayList<>();
            for (Key key : keys) {
                names.add(key.name());
            }
            return List.copyOf(names);
        }
    }

    /**
     * A mapping whose keys are chosen by the value of its {@code tag} key ({@code type}). With {@code shorthand}, a
     * variant that needs no other key may be written as the bare tag value ({@code trigger: HTTP_API}).
     */
    record Variants(String tag, Map<String, Fields> variants, boolean shorthand) implements Shape {
        public Variants {
            variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        }

        public List<String> tags() {
            return List.copyOf(variants.keySet());
        }
    }

    /**
     * A mapping of names the user chooses to values of one shape (headers, tags, integrations): each name matches
     * {@code keyPattern} (when set), described for people by {@code keyForm}; {@code maxEntries} says how many there
     * may be, and {@code whyMax} (when set) why.
     */
    record Entries(Pattern keyPattern, String keyForm, int keyMaxLength, Shape value, int maxEntries, String whyMax)
            implements Shape {
        public Entries(Pattern keyPattern, String keyForm, int keyMaxLength, Shape value, int maxEntries) {
            this(keyPattern, keyForm, keyMaxLength, value, maxEntries, null);
        }
    }

    /** A list of values of one shape, at least {@code minItems} of them. */
    record Items(Shape item, int minItems, int maxItems) implements Shape {
        public Items(Shape item, int maxItems) {
            this(item, 0, maxItems);
        }
    }

    /** A JSON value passed on as written (an event pattern, a schedule's input). */
    record Json(String what) implements Shape {
    }

    /** A JSON Schema (the keywords API Gateway models and OpenAPI 3.0 share). */
    record Schema() implements Shape {
    }
}
