package io.github.samhttp.core.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.read.JsonTrees;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;

/**
 * The one place where trees become bytes: UTF-8, LF line ends, keys in the order the documents put them, one
 * trailing newline, nothing that varies between runs. Trees are written straight to Jackson's streaming generators
 * (a tree writes itself): no ObjectMapper, whose start-up would cost a cold build more than all the rest.
 */
public final class Serializers {

    private static final YAMLFactory YAML;
    private static final JsonFactory JSON = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY;
    private static final java.util.regex.Pattern TOML_BARE_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

    static {
        DumperOptions dumper = new DumperOptions();
        dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
        dumper.setWidth(Integer.MAX_VALUE);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(0);
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        YAMLFactory yaml = YAMLFactory.builder()
                .dumperOptions(dumper)
                .stringQuotingChecker(new QuoteDigitLeading())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        YAML = yaml;

        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(lf);
        pretty.indentArraysWith(lf);
        PRETTY = pretty;
    }

    private Serializers() {
    }

    /**
     * Also quotes values that start like a number (a digit, '.', '+' or '-'), and keys that are not plain words: YAML 1.1 readers take
     * {@code 2010-09-09} for a date and {@code 1.10} for a number, where CloudFormation and OpenAPI want strings.
     */
    private static final class QuoteDigitLeading extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || (!value.isEmpty() && "0123456789.+-".indexOf(value.charAt(0)) >= 0);
        }

        /** Keys too: a tag key such as {@code .__} or {@code 1x} is read back as a (broken) number otherwise. */
        @Override
        public boolean needToQuoteName(String name) {
            return super.needToQuoteName(name) || !plainName(name);
        }
    }

    /** {@code [A-Za-z/_][A-Za-z0-9_./:-]*}, checked by hand: every key of every document passes here. */
    static boolean plainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '/' || c == '_';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '.' || c == ':' || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of a document's file. */
    public static byte[] bytes(Document document) {
        return bytes(document.format(), document.tree());
    }

    /** The text of a document's file, as {@link #bytes} writes it. */
    static String text(Document.Format format, JsonNode tree) {
        return new String(bytes(format, tree), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Document.Format format, JsonNode tree) {
        try {
            if (format == Document.Format.TOML) {
                StringBuilder toml = new StringBuilder();
                tomlTable(toml, "", tree);
                return toml.toString().getBytes(StandardCharsets.UTF_8);
            }
            // Straight to UTF-8 bytes: no String of a large api.yaml built, grown and encoded on the way.
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
            boolean json = format == Document.Format.JSON;
            try (JsonGenerator generator = (json ? JSON : YAML).createGenerator(out, JsonEncoding.UTF8)) {
                write(generator, tree, json);
            }
            if (json) {
                out.write('\n');
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a generated document", e);
        }
    }

    /** A value as compact JSON. */
    private static String compactJson(JsonNode value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, value, false);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, JsonNode tree, boolean pretty) throws IOException {
        generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        if (pretty) {
            generator.setPrettyPrinter(PRETTY.createInstance());
        }
        JsonTrees.write(generator, tree);
    }

    /**
     * A table as the SAM CLI writes {@code samconfig.toml}: its values as {@code key = value} lines, then each table
     * inside it under its own {@code [a.b.c]} header (a table holding only tables gets no header of its own).
     */
    private static void tomlTable(StringBuilder out, String name, JsonNode table) throws IOException {
        boolean headed = name.isEmpty();
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                continue;
            }
            if (value.isNull() || (value.isArray() && hasContainer(value))) {
                throw new IllegalArgumentException("samconfig.toml holds only scalars and lists of scalars: "
                        + field.getKey());
            }
            if (!headed) {
                out.append(out.length() == 0 ? "" : "\n").append('[').append(name).append("]\n");
                headed = true;
            }
            // TOML's values as JSON writes them: basic strings (same escapes), booleans, numbers, inline arrays.
            out.append(tomlKey(field.getKey())).append(" = ").append(compactJson(value))
                    .append('\n');
        }
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isObject()) {
                String key = tomlKey(field.getKey());
                tomlTable(out, name.isEmpty() ? key : name + "." + key, field.getValue());
            }
        }
    }

    private static boolean hasContainer(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainerNode() || item.isNull()) {
                return true;
            }
        }
        return false;
    }

    /** The documents' own keys, all bare: anything else is a bug, not something to quote. */
    private static String tomlKey(String key) {
        if (!TOML_BARE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a bare TOML key: " + key);
        }
        return key;
    }
}
