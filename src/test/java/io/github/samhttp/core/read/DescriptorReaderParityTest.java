package io.github.samhttp.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.samhttp.core.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader types scalars itself from SnakeYAML's events ({@link YamlScalars}); until it did, Jackson's YAML parser
 * read descriptors, configured as the reader documents. Whatever both read, they read alike: every descriptor of
 * the repository, the tricky scalars below, and thousands of random token soups. And what the reader calls invalid
 * YAML, Jackson cannot read either.
 */
class DescriptorReaderParityTest {

    private static final YAMLMapper JACKSON = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                    .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build())
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final String[] TRICKY = {
        "a: yes\nb: NO\nc: on\nd: Off\ne: True\nf: FALSE\ng: y\nh: n\n",
        "a: 010\nb: 0x1F\nc: 1_000\nd: 0b101\ne: +5\nf: -0\ng: 0\nh: 1:30\ni: 0_7\nj: -0x_1\nk: 0x_\nm: -010\n",
        "a: 12345678901234567890123\nb: -0b1_0\nc: 0o17\nd: 00\ne: 190:20:30\nf: +0x1f\n",
        "a: 1.5\nb: 1e3\nc: .5\nd: 1_0.5\ne: +1.5\nf: +1_0.5\nj: 08\nk: 1.\nl: 6.8523015e+5\nm: 685.230_15e+03\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: ''\ng: \"\"\nh: 'null'\ni: \"1\"\nj: 'true'\n",
        "a: 2001-12-14\nb: <<\nc: =\nd: |\n  line\n  two\ne: >-\n  folded\n",
        "key with spaces: 1\n'quoted': 2\n1: 4\ntrue: 5\nnull: 6\n~: 7\n0x10: a\n",
        "a: [1, {b: [x, ~, 'y']}, []]\nc: {}\n",
        "a: 'it''s'\nb: \"tab\\there\"\nc: \"\\u00e9\"\nd: plain é 日本\n",
        "%YAML 1.1\n---\na: 1\n...\n",
        "a: [1, 2\n", "a: 'x\n", "a:\n\tb: 1\n", "a: b: c\n", "a: 1\n b: 2\n", "a: @x\n", "a: `x\n", "- a\nb: 1\n",
        "a: .inf\n", "a: -.Inf\n", "a: .NaN\n", "a: \u0001\n",
    };

    private static final String[] ATOMS = {"a", "b", "key", "1", "010", "0x1F", "1_0", "1.5", "-.5", "true", "No",
        "yes", "~", "null", "", "'q'", "\"d\\\"q\"", "[", "]", "{", "}", ",", ":", ": ", "- ", "? ", "#c", "|", ">",
        "\t", "  ", "\n", "\n  ", "\n    ", "\n- ", "---", "...", "%", "@", "é", "\\", "\"", "'", "0b1", "+1", "-0",
        "2001-01-01", "=", "1:2", "1e5", ".inf"};

    @Test
    void everyDescriptorOfTheRepositoryReadsAsJacksonReadIt() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : new String[] {"src/test/resources", "examples", "src/it"}) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(200);
        for (Path file : files) {
            assertParity(file.toString(), Files.readAllBytes(file));
        }
    }

    @Test
    void trickyScalarsAndSyntaxErrorsReadAsJacksonReadThem() {
        for (String text : TRICKY) {
            assertParity(text, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomTokenSoupsReadAsJacksonReadThem() {
        Random random = new Random(20261204);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(16); n > 0; n--) {
                text.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            String soup = text.append('\n').toString();
            assertParity(soup, soup.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void integersInEveryBaseYamlAllows() {
        assertThat(YamlScalars.integer("0x1F")).isEqualTo(BigInteger.valueOf(31));
        assertThat(YamlScalars.integer("-0b1_01")).isEqualTo(BigInteger.valueOf(-5));
        assertThat(YamlScalars.integer("010")).isEqualTo(BigInteger.valueOf(8));
        assertThat(YamlScalars.integer("+1_000")).isEqualTo(BigInteger.valueOf(1000));
        assertThat(YamlScalars.integer("-0")).isEqualTo(BigInteger.ZERO);
        assertThat(YamlScalars.integer("1:30")).as("sexagesimal stays text").isNull();
        assertThat(YamlScalars.integer("0x_")).as("no digits").isNull();
        assertThat(new BigDecimal("1.50")).isEqualTo(JsonNodeFactory.withExactBigDecimals(true)
                .numberNode(new BigDecimal("1.50")).decimalValue());
    }

    private static void assertParity(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Descriptor descriptor = DescriptorReader.read("f.yaml", bytes, problems);
        JsonNode jackson = null;
        // Every document, as the reader reads past the first to refuse a second.
        try (MappingIterator<JsonNode> documents = JACKSON.readerFor(JsonNode.class).readValues(bytes)) {
            jackson = documents.hasNext() ? documents.next() : null;
            while (documents.hasNext()) {
                documents.next();
            }
        } catch (IOException | RuntimeException e) {
            jackson = null;
        }
        if (descriptor != null && problems.isEmpty()) {
            assertThat(descriptor.root()).as(name).isEqualTo(jackson);
        }
        if (!problems.isEmpty() && problems.get(0).problem().startsWith("the file is not valid YAML")) {
            assertThat(jackson).as("%s: the reader says %s, Jackson read it", name, problems.get(0)).isNull();
        }
    }
}
