package io.github.samhttp.core.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.init.Preset;
import io.github.samhttp.core.write.Serializers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The descriptor's JSON Schema: derived from the declaration, kept in {@code docs/} and in the jar, and met by every
 * descriptor the project shows. After a deliberate change of the declaration:
 * {@code ./mvnw test -Dtest=DescriptorSchemaTest -Dsamhttp.updateSchema=true}, then review the diff.
 */
class DescriptorSchemaTest {

    static final Path DOCS = Path.of("docs", DescriptorSchema.FILE_NAME);

    static byte[] derived() {
        return Serializers.bytes(new Document(DescriptorSchema.FILE_NAME, Document.Format.JSON, DescriptorSchema.tree()));
    }

    @Test
    void theFileInDocsIsTheOneDerivedFromTheDeclaration() throws Exception {
        if (Boolean.getBoolean("samhttp.updateSchema")) {
            Files.write(DOCS, derived());
        }
        assertThat(new String(Files.readAllBytes(DOCS), StandardCharsets.UTF_8))
                .as("docs/%s is stale: run with -Dsamhttp.updateSchema=true and review the diff", DescriptorSchema.FILE_NAME)
                .isEqualTo(new String(derived(), StandardCharsets.UTF_8));
    }

    @Test
    void theJarShipsTheSameFile() throws Exception {
        assertThat(new String(DescriptorSchema.shipped(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(DOCS));
    }

    @Test
    void isDraft07WithADescriptionAndTypeForEveryKey() {
        JsonNode schema = DescriptorSchema.tree();
        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        for (Key key : DescriptorShape.readmeOrder()) {
            JsonNode declared = schema.path("properties").path(key.name());
            assertThat(declared.path("description").asText()).as(key.name()).isNotBlank().doesNotContain("`");
            assertThat(declared.path("markdownDescription").asText()).as(key.name()).startsWith(key.description());
            assertThat(declared.has("type") || declared.has("allOf") || declared.has("anyOf")).as(key.name()).isTrue();
        }
        assertThat(schema.at("/properties/method/enum").toString()).contains("\"POST\"", "\"PATCH\"");
        assertThat(schema.at("/properties/timeoutSeconds/default").asInt()).isEqualTo(8);
        assertThat(schema.at("/properties/trigger/default").asText()).isEqualTo("REST_API");
        assertThat(schema.at("/else/additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.at("/else/required").toString()).isEqualTo("[\"endpoint\",\"method\",\"auth\"]");
        assertThat(schema.at("/then/required").toString()).isEqualTo("[\"name\",\"integrations\"]");
    }

    /** Each pattern means what the Java one means: anchored, with the characters ECMA-262 reads otherwise escaped. */
    @Test
    void patternsAreAnchoredEcmaSpellingsOfTheDeclaredOnes() {
        assertThat(DescriptorSchema.ecma(Pattern.compile("[a-z]+"))).isEqualTo("^(?:[a-z]+)$");
        assertThat(DescriptorSchema.ecma(Pattern.compile("/|(/([A-Za-z]+|\\{[A-Za-z][A-Za-z0-9_]{0,63}}))+")))
                .isEqualTo("^(?:/|(/([A-Za-z]+|\\{[A-Za-z][A-Za-z0-9_]{0,63}\\}))+)$");
        assertThat(DescriptorSchema.ecma(DescriptorShape.BODY_PATH))
                .isEqualTo("^(?:\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\['[^'\\\\\\x00-\\x1F\\x7F]{1,128}'\\])*)$");
        List<String> patterns = new ArrayList<>();
        DescriptorSchema.tree().findParents("pattern").stream().map(p -> p.get("pattern"))
                .filter(JsonNode::isTextual).forEach(p -> patterns.add(p.asText()));
        assertThat(patterns).hasSizeGreaterThan(10).allSatisfy(p -> {
            assertThat(p).startsWith("^(?:").endsWith(")$").doesNotContain("\\p{Cntrl}");
            Pattern.compile(p);
        });
        Pattern path = Pattern.compile(DescriptorSchema.ecma(DescriptorShape.RESPONSE_PATH));
        for (String ok : List.of("$", "$.data", "$.items[0].id", "$['order-data']")) {
            assertThat(path.matcher(ok).find()).as(ok).isTrue();
        }
        for (String bad : List.of("data", "$.", "x$.data", "$['a\u0007']")) {
            assertThat(path.matcher(bad).find()).as(bad).isFalse();
        }
    }

    static Stream<Path> shownDescriptors() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.map(d -> d.resolve("integration.yaml")).filter(Files::exists).forEach(files::add);
        }
        try (Stream<Path> good = Files.list(Path.of("src/test/resources/good-descriptors"))) {
            good.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        return files.stream().filter(Files::exists).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shownDescriptors")
    void everyExampleAndGoodDescriptorValidates(Path file) throws Exception {
        JsonNode tree = SchemaCheck.tree(file.toString(), Files.readAllBytes(file));
        assertThat(tree).isNotNull();
        assertThat(SchemaCheck.problems(tree)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Preset.class)
    void everyPresetValidates(Preset preset) {
        assertThat(SchemaCheck.problems(SchemaCheck.tree(preset.id() + ".yaml", preset.text()))).isEmpty();
    }

    @Test
    void everyExampleNamesTheSchemaForItsEditor() throws Exception {
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            List<Path> files = examples.map(d -> d.resolve("integration.yaml")).filter(Files::exists).toList();
            assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(Files.readAllLines(file).get(0))
                    .isEqualTo("# yaml-language-server: $schema=../../docs/" + DescriptorSchema.FILE_NAME));
        }
    }

    @Test
    void typosWrongTypesAndMissingKeysAreRefused() {
        String good = "endpoint: https://api.example.com/v1/x\nmethod: POST\nauth: {type: API_KEY, header: x-api-key,"
                + " value: 'secretsmanager:k:SecretString:v'}\n";
        assertThat(problems(good)).isEmpty();
        assertThat(problems(good + "methd: POST\n")).anyMatch(m -> m.contains("methd"));
        assertThat(problems(good + "timeoutSeconds: ten\n")).anyMatch(m -> m.contains("timeoutSeconds"));
        assertThat(problems(good.replace("method: POST\n", ""))).anyMatch(m -> m.contains("method"));
        assertThat(problems(good.replace("header: x-api-key,", "header: x-api-key, username: u,")))
                .anyMatch(m -> m.contains("username"));
        assertThat(problems(good + "trigger: HTTP_API\n")).isEmpty();
        assertThat(problems(good + "trigger: EVENTBRIDGE\n")).isNotEmpty();
        assertThat(problems("name: svc\nintegrations: {a: {endpoint: https://x.example.com, connection: c}}\n"
                + "connections: {c: {type: BASIC, username: u, password: 'ssm:/p'}}\n")).isEmpty();
        assertThat(problems("integrations: {a: {endpoint: https://x.example.com}}\n")).anyMatch(m -> m.contains("name"));
    }

    private static List<String> problems(String yaml) {
        return SchemaCheck.problems(SchemaCheck.tree("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
