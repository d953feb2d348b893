package io.github.samhttp.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.samhttp.core.SamHttpException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing lost: manifest, stale files, foreign files, protected folders, interrupted runs. */
class OutputWriterTest {

    static final FileTime LONG_AGO = FileTime.fromMillis(946_684_800_000L);

    @TempDir
    Path dir;

    static Map<String, byte[]> files(String... pairs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            files.put(pairs[i], pairs[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void aManifestListsWhatWasWrittenAndStaleFilesAreRemovedOnlyThose() throws Exception {
        Path out = dir.resolve("sam");
        OutputWriter.write(out, files("template.yaml", "t", "statemachine/old.asl.json", "a"));
        assertThat(Files.readAllLines(out.resolve(OutputWriter.MANIFEST))).containsExactly(
                "# Files written by sam-http-maven-plugin; it removes them when it no longer generates them.",
                "statemachine/old.asl.json", "template.yaml");
        Files.setLastModifiedTime(out.resolve("template.yaml"), LONG_AGO);

        List<String> changed = OutputWriter.write(out, files("template.yaml", "t", "statemachine/new.asl.json", "b"));

        assertThat(changed).containsExactly("statemachine/new.asl.json", "statemachine/old.asl.json");
        assertThat(out.resolve("statemachine/old.asl.json")).doesNotExist();
        assertThat(out.resolve("statemachine/new.asl.json")).hasContent("b");
        assertThat(Files.getLastModifiedTime(out.resolve("template.yaml"))).as("unchanged file kept its date")
                .isEqualTo(LONG_AGO);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void aFolderWithFilesThePluginDidNotWriteIsRefusedUnlessAllowed() throws Exception {
        Path out = dir.resolve("sam");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> OutputWriter.write(out, files("template.yaml", "t")))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("the output folder holds files the plugin did not write (notes.txt)")
                .hasMessageContaining("allowForeignFiles=true");
        assertThat(out.resolve("template.yaml")).doesNotExist();

        OutputWriter.write(out, files("template.yaml", "t"), new OutputWriter.Options(true, List.of()));
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("template.yaml")).hasContent("t");
        OutputWriter.write(out, files("template.yaml", "t2"), new OutputWriter.Options(true, List.of()));
        assertThat(out.resolve("notes.txt")).as("foreign files are never removed").hasContent("mine");
    }

    @Test
    void theProjectAndItsSourcesAreNeverAnOutputFolder() {
        Path project = dir.resolve("project");
        OutputWriter.Options options = new OutputWriter.Options(false, List.of(project, project.resolve("src")));

        assertThatThrownBy(() -> OutputWriter.write(project, files("template.yaml", "t"), options))
                .hasMessageContaining("which the plugin must not overwrite");
        assertThatThrownBy(() -> OutputWriter.write(project.resolve("src"), files("template.yaml", "t"), options))
                .hasMessageContaining("which the plugin must not overwrite");
        assertThat(project).doesNotExist();
    }

    @Test
    void aRunInterruptedBetweenItsTwoRenamesIsRepairedByTheNext() throws Exception {
        Path out = dir.resolve("sam");
        OutputWriter.write(out, files("template.yaml", "t", "api.yaml", "a"));
        // As if interrupted after moving the old folder aside, before the new one arrived.
        Files.move(out, dir.resolve(".sam.old-123"));
        Files.createDirectories(dir.resolve(".sam.staging-456"));
        Files.setLastModifiedTime(dir.resolve(".sam.old-123/template.yaml"), LONG_AGO);

        List<String> changed = OutputWriter.write(out, files("template.yaml", "t", "api.yaml", "a2"));

        assertThat(changed).containsExactly("api.yaml");
        assertThat(Files.getLastModifiedTime(out.resolve("template.yaml"))).isEqualTo(LONG_AGO);
        assertThat(out.resolve("api.yaml")).hasContent("a2");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void anUnchangedFolderIsNotTouchedAtAll() throws Exception {
        Path out = dir.resolve("sam");
        OutputWriter.write(out, files("template.yaml", "t"));
        Files.setLastModifiedTime(out.resolve("template.yaml"), LONG_AGO);
        Files.setLastModifiedTime(out.resolve(OutputWriter.MANIFEST), LONG_AGO);

        assertThat(OutputWriter.write(out, files("template.yaml", "t"))).isEmpty();
        assertThat(Files.getLastModifiedTime(out.resolve("template.yaml"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out.resolve(OutputWriter.MANIFEST))).isEqualTo(LONG_AGO);
    }
}
