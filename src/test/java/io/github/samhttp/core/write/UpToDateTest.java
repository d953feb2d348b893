package io.github.samhttp.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.Generator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date fast path: it answers only when the manifest records this input and every file is as written; any
 * other change goes the whole way through the generator.
 */
class UpToDateTest {

    static final FileTime LONG_AGO = FileTime.fromMillis(946684800000L);

    @TempDir
    Path dir;
    Path descriptor;
    Path out;

    @BeforeEach
    void generateOnce() throws Exception {
        descriptor = dir.resolve("integration.yaml");
        Files.copy(Path.of("examples/twilio-sms/integration.yaml"), descriptor);
        out = dir.resolve("sam");
        Generator.generate(config());
    }

    private Generator.Config config() {
        return new Generator.Config(descriptor, "integration.yaml", out);
    }

    private String input() throws Exception {
        return UpToDate.input(Files.readAllBytes(descriptor), "integration.yaml");
    }

    @Test
    void anUnchangedInputIsUpToDateWithItsWarningsAndTouchesNothing() throws Exception {
        Map<String, FileTime> before = ageAll();

        UpToDate.Fresh fresh = UpToDate.check(out, input());
        Generator.Result again = Generator.generate(config());

        assertThat(fresh).isNotNull();
        assertThat(fresh.files()).containsExactlyInAnyOrder("template.yaml", "statemachine/twilio.asl.json",
                "api.yaml", "samconfig.toml");
        assertThat(again.upToDate()).isTrue();
        assertThat(again.files()).containsExactlyInAnyOrderElementsOf(fresh.files());
        // The seed keeps a secret in SSM: the warning is said again, from the manifest.
        assertThat(again.warnings()).singleElement().asString().startsWith("integration.yaml:")
                .contains("stored unencrypted in Parameter Store");
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void anyChangeGoesTheWholeWay() throws Exception {
        assertThat(UpToDate.check(out, UpToDate.input(Files.readAllBytes(descriptor), "other.yaml"))).isNull();
        assertThat(UpToDate.check(out, UpToDate.input(("# a comment\n" + Files.readString(descriptor))
                .getBytes(StandardCharsets.UTF_8), "integration.yaml"))).isNull();

        Files.writeString(out.resolve("api.yaml"), "edited", java.nio.file.StandardOpenOption.APPEND);
        assertThat(UpToDate.check(out, input())).as("an edited file").isNull();
        assertThat(Generator.generate(config()).written()).containsExactly("api.yaml");
        assertThat(UpToDate.check(out, input())).as("repaired").isNotNull();

        Files.delete(out.resolve("samconfig.toml"));
        assertThat(UpToDate.check(out, input())).as("a missing file").isNull();
        Generator.generate(config());

        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(UpToDate.check(out, input())).as("a file the plugin did not write").isNull();
        Files.delete(out.resolve("notes.txt"));
        assertThat(UpToDate.check(out, input())).isNotNull();

        Files.createDirectories(dir.resolve(".sam.staging-1"));
        assertThat(UpToDate.check(out, input())).as("a leftover of an interrupted run").isNull();
    }

    @Test
    void aManifestFromAnotherBuildIsRefreshedAloneWhenTheFilesAreTheSame() throws Exception {
        Path manifest = out.resolve(Manifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("# input \\S+", "# input old-build"));
        Map<String, FileTime> before = ageAll();

        Generator.Result again = Generator.generate(config());

        assertThat(again.upToDate()).isTrue();
        Map<String, FileTime> after = times();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.keySet().stream().filter(f -> !f.equals(Manifest.FILE))
                .forEach(f -> assertThat(after.get(f)).as(f).isEqualTo(LONG_AGO));
        assertThat(UpToDate.check(out, input())).isNotNull();
    }

    @Test
    void aFolderWithoutAManifestIsCheckedTheWholeWayAndLeftAsItIs() throws Exception {
        Files.delete(out.resolve(Manifest.FILE));
        Map<String, FileTime> before = ageAll();

        assertThat(UpToDate.check(out, input())).isNull();
        assertThat(Generator.generate(config()).upToDate()).isTrue();
        assertThat(times()).isEqualTo(before);
    }

    private Map<String, FileTime> ageAll() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return times();
    }

    private Map<String, FileTime> times() throws Exception {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(file).toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
