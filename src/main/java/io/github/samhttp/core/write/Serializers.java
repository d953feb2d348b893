package io.github.samhttp.core.write;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.UTF8Writer;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.read.JsonText;
import io.github.samhttp.core.read.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;

/**
 * The one place where trees become bytes: UTF-8, LF line ends, keys in the order the documents put them, one
 * trailing newline, nothing that varies between runs. YAML is written straight to Jackson's YAML generator (a tree
 * writes itself), JSON by {@link JsonText}: no ObjectMapper, whose start-up would cost a cold build more than all the
 * rest, and no JsonFactory or YAMLFactory either: a factory is mostly for parsing, and loading one makes the JVM load
 * and verify every parser it can create (about 30 classes, a tenth of a cold build's own time). The YAML generator is
 * built as the factory would build it with the settings below; {@code SerializersTest} holds both writers to what
 * the factories write.
 */
public final class Serializers {

    private static final int JSON_FEATURES = JsonGenerator.Feature.collectDefaults()
            | JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN.getMask();
    private static final int YAML_FEATURES = (YAMLGenerator.Feature.collectDefaults()
            & ~YAMLGenerator.Feature.WRITE_DOC_START_MARKER.getMask()
            & ~YAMLGenerator.Feature.SPLIT_LINES.getMask())
            | YAMLGenerator.Feature.MINIMIZE_QUOTES.getMask()
            | YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS.getMask()
            | YAMLGenerator.Feature.LITERAL_BLOCK_STYLE.getMask()
            | YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR.getMask();
    private static final DumperOptions DUMPER;
    private static final StringQuotingChecker QUOTING = new QuoteDigitLeading();
    private static final java.util.regex.Pattern TOML_BARE_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

    static {
        DumperOptions dumper = new DumperOptions();
        dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
        dumper.setWidth(Integer.MAX_VALUE);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(0);
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        DUMPER = dumper;
    }

    private Serializers() {
    }

    /**
     * Also quotes values that start like a number (a digit, '.', '+' or '-'), and keys that are not plain words: YAML 1.1 readers take
     * {@code 2010-09-09} for a date and {@code 1.10} for a number, where CloudFormation and OpenAPI want strings.
     */
    static final class QuoteDigitLeading extends StringQuotingChecker.Default {
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
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            if (format == Document.Format.JSON) {
                JsonText.write(out, tree, true);
                out.write('\n');
            } else {
                try (JsonGenerator generator = yaml(out)) {
                    JsonTrees.write(generator, tree);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise a generated document", e);
        }
    }

    /** A YAML generator as {@code YAMLFactory.builder()} with the settings above would make it, over UTF-8. */
    static JsonGenerator yaml(OutputStream out) throws IOException {
        return new YAMLGenerator(context(out), JSON_FEATURES, YAML_FEATURES, QUOTING, null, new UTF8Writer(out),
                DUMPER);
    }

    private static IOContext context(OutputStream out) {
        IOContext context = new IOContext(StreamReadConstraints.defaults(), StreamWriteConstraints.defaults(),
                ErrorReportConfiguration.defaults(), new BufferRecycler(), ContentReference.rawReference(out), false);
        context.setEncoding(JsonEncoding.UTF8);
        return context;
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
            out.append(tomlKey(field.getKey())).append(" = ").append(JsonText.compact(value))
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
