package io.github.samhttp.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.read.JsonText;
import io.github.samhttp.core.read.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;

/**
 * {@link Serializers} writes without Jackson's factories (a factory loads every parser it can make): YAML through a
 * generator it builds itself, JSON through {@link JsonText}. Here the factories, configured as the serialiser once
 * configured them, are the reference: the same trees must come out byte for byte the same, whatever they hold.
 */
class SerializersTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String[] WORDS = {"", " ", "a", "Hello", "2010-09-09", "1.10", "-1", "+1", ".5", "0x1F",
        "yes", "NO", "null", "~", "true", "a: b", "a #b", "#x", "- x", "? x", ":x", "x:", "'q'", "\"dq\"", "back\\slash",
        "line\nbreak", "two\n\nbreaks\n", "trailing\n", " lead", "trail ", "\ttab", "é", "日本", "😀", "\u0000",
        "\u0007", "\u001f", "\u007f", "\u0085", "\u2028", "\uFEFF", "\u00A0", "{x}", "[x]", "*a", "&a", "!t", "%p",
        "@x", "`x", "|", ">", "$input.json('$')", "#set($x = 1)", "AWS::Serverless::Function", "/sms/{id}",
        "arn:aws:states:::http:invoke", "=", ",", "a,b", "x".repeat(200), "\uD800", "\uDC00x", "a\uD83D"};

    @Test
    void yamlAndJsonComeOutAsTheFactoriesWriteThem() throws IOException {
        Random random = new Random(17);
        for (int i = 0; i < 3_000; i++) {
            JsonNode tree = random.nextInt(4) == 0 ? scalar(random) : container(random, 0);
            assertThat(Serializers.text(Document.Format.YAML, tree)).as("YAML of %s", tree)
                    .isEqualTo(yamlReference(tree));
            assertThat(Serializers.text(Document.Format.JSON, tree)).as("JSON of %s", tree)
                    .isEqualTo(jsonReference(tree) + "\n");
            ByteArrayOutputStream compact = new ByteArrayOutputStream();
            JsonText.write(compact, tree, false);
            assertThat(compact.toString(StandardCharsets.UTF_8)).as("compact JSON of %s", tree)
                    .isEqualTo(compactReference(tree));
        }
    }

    private static String jsonReference(JsonNode tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            generator.setPrettyPrinter(prettyPrinter());
            JsonTrees.write(generator, tree);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String yamlReference(JsonNode tree) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = yamlFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            JsonTrees.write(generator, tree);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Compact JSON as text (TOML's values), then as UTF-8: what the TOML writer once did. */
    private static String compactReference(JsonNode tree) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            JsonTrees.write(generator, tree);
        }
        return new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The pretty printer the serialiser once gave Jackson's JSON generator. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pretty.indentObjectsWith(lf);
        pretty.indentArraysWith(lf);
        return pretty;
    }

    /** The factory as the serialiser configured it before it built its generators itself. */
    private static YAMLFactory yamlFactory() {
        DumperOptions dumper = new DumperOptions();
        dumper.setLineBreak(DumperOptions.LineBreak.UNIX);
        dumper.setWidth(Integer.MAX_VALUE);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(0);
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return YAMLFactory.builder()
                .dumperOptions(dumper)
                .stringQuotingChecker(new Serializers.QuoteDigitLeading())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
    }

    private static JsonNode container(Random random, int depth) {
        int size = random.nextInt(depth == 0 ? 6 : 4);
        if (random.nextBoolean()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < size; i++) {
                array.add(value(random, depth));
            }
            return array;
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < size; i++) {
            object.set(word(random), value(random, depth));
        }
        return object;
    }

    private static JsonNode value(Random random, int depth) {
        return depth < 4 && random.nextInt(3) == 0 ? container(random, depth + 1) : scalar(random);
    }

    private static JsonNode scalar(Random random) {
        switch (random.nextInt(11)) {
            case 9: return NODES.numberNode(new float[] {1.5f, -0f, 3.4e38f, Float.NaN, Float.POSITIVE_INFINITY,
                Float.MIN_VALUE}[random.nextInt(6)]);
            case 10: return NODES.numberNode(new double[] {-0.0, 1e300, Double.NaN, Double.NEGATIVE_INFINITY, 1e-7,
                (short) 7}[random.nextInt(6)]);
            case 0: return NODES.numberNode(random.nextInt(2001) - 1000);
            case 1: return NODES.numberNode(random.nextLong());
            case 2: return NODES.numberNode(new BigInteger(100, random));
            case 3: return NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextInt()), random.nextInt(20) - 10));
            case 4: return NODES.numberNode(random.nextDouble() * 1e6);
            case 5: return NODES.booleanNode(random.nextBoolean());
            case 6: return NODES.nullNode();
            default: return NODES.textNode(word(random) + (random.nextBoolean() ? "" : word(random)));
        }
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
