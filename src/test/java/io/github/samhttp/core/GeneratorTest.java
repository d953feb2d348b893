package io.github.samhttp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    static final String SEED = "examples/twilio-sms/integration.yaml";
    static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    @TempDir
    Path dir;

    @Test
    void writesTheFourFilesThenRewritesNothing() throws Exception {
        Path out = dir.resolve("sam");
        Generator.Result first = Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));
        assertThat(first.written()).containsExactly("template.yaml", "statemachine/twilio.asl.json", "api.yaml",
                "samconfig.toml");
        Map<String, FileTime> before = ageAll(out);

        Generator.Result second = Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));

        assertThat(second.upToDate()).isTrue();
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void rewritesOnlyTheFilesThatChanged() throws Exception {
        Path out = dir.resolve("sam");
        Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));
        Files.writeString(out.resolve("api.yaml"), "edited by hand");
        ageAll(out);

        Generator.Result result = Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));

        assertThat(result.written()).containsExactly("api.yaml");
        assertThat(Files.getLastModifiedTime(out.resolve("template.yaml"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve("api.yaml"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.list(dir)).as("no staging folder left behind").containsExactly(out);
    }

    @Test
    void filesNoLongerGeneratedAreCountedAsRemovedNotAsWritten() throws Exception {
        Path out = dir.resolve("sam");
        Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));

        Generator.Result result = Generator.generate(new Generator.Config(
                Path.of("examples/eventbridge-standard/integration.yaml"), "integration.yaml", out));

        assertThat(result.files()).containsAll(result.written()).doesNotContainAnyElementsOf(result.removed());
        assertThat(result.removed()).containsExactlyInAnyOrder("api.yaml", "statemachine/twilio.asl.json");
        assertThat(result.written().size()).isLessThanOrEqualTo(result.files().size());
        assertThat(out.resolve("api.yaml")).doesNotExist();
    }

    @Test
    void aBadDescriptorLeavesTheOutputFolderExactlyAsItWas() throws Exception {
        Path out = dir.resolve("sam");
        Generator.generate(new Generator.Config(Path.of(SEED), "integration.yaml", out));
        Files.writeString(out.resolve("mine.txt"), "keep");
        Map<String, FileTime> before = ageAll(out);
        Map<String, String> contents = contents(out);
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SEED)).replace("POST", "POSTT"));

        assertThatThrownBy(() -> Generator.generate(new Generator.Config(bad, "bad.yaml", out)))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("bad.yaml:4:9: field 'method'");

        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(contents(out)).isEqualTo(contents);
    }

    @Test
    void aMissingDescriptorSaysWhereToPutIt() {
        assertThatThrownBy(() -> Generator.generate(new Generator.Config(dir.resolve("nope.yaml"),
                "src/main/sam/integration.yaml", dir.resolve("sam"))))
                .hasMessage("src/main/sam/integration.yaml: the descriptor does not exist. Fix: create it (see the"
                        + " README) or point 'descriptor' at it");
        assertThat(dir.resolve("sam")).doesNotExist();
    }

    @Test
    void outputIsByteIdenticalWhateverTheOrderOfKeysAndHeaders() throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "endpoint: https://api.example.com/v1/things", "method: POST", "name: things", "path: /things",
                "apiAuth: IAM", "timeoutSeconds: 5", "headers: {B-Header: b, a-header: a, C-Header: c}",
                "auth: {type: API_KEY, header: x-api-key, value: 'ssm:/key'}",
                "retry: {maxDelaySeconds: 6, maxAttempts: 3, backoffRate: 1.50, intervalSeconds: 2}"));
        Map<String, byte[]> reference = TestProjects.render(String.join("\n", lines));
        for (long seed = 0; seed < 20; seed++) {
            Collections.shuffle(lines, new java.util.Random(seed));
            Map<String, byte[]> shuffled = TestProjects.render(String.join("\n", lines).replace(
                    "{B-Header: b, a-header: a, C-Header: c}", seed % 2 == 0
                            ? "{C-Header: c, B-Header: b, a-header: a}" : "{a-header: a, C-Header: c, B-Header: b}"));
            assertThat(shuffled.keySet()).isEqualTo(reference.keySet());
            shuffled.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(reference.get(path)));
        }
        reference.forEach((path, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path)
                .doesNotContain("\r").endsWith("\n").doesNotStartWith("---"));
    }

    @Test
    void aLongEndpointStaysOutOfTheTemplateDescription() throws Exception {
        String endpoint = "https://api.example.com/" + "segment/".repeat(200) + "end";
        Map<String, byte[]> files = TestProjects.render("endpoint: " + endpoint + "\nmethod: GET\nauth:\n"
                + "  type: API_KEY\n  header: x-api-key\n  value: secretsmanager:k:SecretString:v\n");
        String description = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(files.get("template.yaml")).path("Description").asText();
        assertThat(description.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        assertThat(new String(files.get("statemachine/example.asl.json"), StandardCharsets.UTF_8)).contains(endpoint);
    }

    private static Map<String, FileTime> ageAll(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return snapshot(folder);
    }

    private static Map<String, FileTime> snapshot(Path folder) throws Exception {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                times.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return contents;
    }

    /** Past a few documents they serialise in parallel: the bytes and their order stay the same on every run. */
    @Test
    void manyDocumentsSerialiseInParallelToTheSameBytesInTheSameOrder() throws Exception {
        Path descriptor = dir.resolve("many.yaml");
        Files.writeString(descriptor, io.github.samhttp.bench.PipelineBenchmark.service(30));
        Generator.Config config = new Generator.Config(descriptor, "many.yaml", dir.resolve("unused"));
        Map<String, byte[]> first = Generator.render(config).files();
        assertThat(first).hasSize(33);
        assertThat(first.keySet()).startsWith("template.yaml", "statemachine/call-1.asl.json",
                "statemachine/call-2.asl.json");
        for (int run = 0; run < 5; run++) {
            Map<String, byte[]> again = Generator.render(config).files();
            assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());
            first.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
        }
        assertThat(new String(first.get("statemachine/call-7.asl.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("https://api.example.com/v1/items/7");
    }

    @Test
    void aBuildThatMovesTheIntegrationsBetweenLayoutsSaysSo() throws Exception {
        Path descriptor = dir.resolve("large.yaml");
        java.nio.file.Files.writeString(descriptor, TestProjects.largeService(3, false));
        Path folder = dir.resolve("moves");
        Generator.Config config = new Generator.Config(descriptor, "large.yaml", folder);
        assertThat(Generator.generate(config).warnings()).noneMatch(w -> w.contains("resources move"));

        java.nio.file.Files.writeString(descriptor, TestProjects.largeService(3, false)
                .replace("name: partner-hub\n", "name: partner-hub\nnestedStacks: true\n"));
        assertThat(Generator.generate(config).warnings()).anyMatch(w -> w.startsWith("large.yaml: the"
                + " integrations' resources move from the root stack into nested stacks"));
        java.nio.file.Files.writeString(descriptor, TestProjects.largeService(4, false)
                .replace("name: partner-hub\n", "name: partner-hub\nnestedStacks: true\n"));
        assertThat(Generator.generate(config).warnings()).noneMatch(w -> w.contains("resources move"));

        java.nio.file.Files.writeString(descriptor, TestProjects.largeService(4, false));
        assertThat(Generator.generate(config).warnings()).anyMatch(w -> w.contains("move from nested stacks into"
                + " the root stack"));
    }
}
