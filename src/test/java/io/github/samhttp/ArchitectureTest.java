package io.github.samhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers and the size of main files, as docs/architecture.md states them. */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/io/github/samhttp");

    record Source(Path path, String text) {
        String pkg() {
            return MAIN.relativize(path.getParent()).toString().replace('/', '.');
        }

        boolean imports(String prefix) {
            return text.lines().anyMatch(l -> l.startsWith("import " + prefix) || l.startsWith("import static "
                    + prefix));
        }
    }

    static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.add(new Source(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        assertThat(sources()).filteredOn(s -> !s.pkg().equals("maven"))
                .allSatisfy(s -> assertThat(s.imports("org.apache.maven")).as(s.path().toString()).isFalse())
                .allSatisfy(s -> assertThat(s.imports("io.github.samhttp.maven")).as(s.path().toString()).isFalse());
    }

    @Test
    void theLocalRuntimeAndTheDocumentBuildersDoNotKnowEachOther() throws IOException {
        assertThat(sources()).filteredOn(s -> s.pkg().startsWith("core.local"))
                .allSatisfy(s -> assertThat(s.imports("io.github.samhttp.core.documents")).as(s.path().toString())
                        .isFalse());
        assertThat(sources()).filteredOn(s -> s.pkg().equals("core.documents"))
                .allSatisfy(s -> assertThat(s.imports("io.github.samhttp.core.local")).as(s.path().toString())
                        .isFalse());
    }

    @Test
    void earlierStagesDoNotReachForLaterOnes() throws IOException {
        List<String> later = List.of("io.github.samhttp.core.documents", "io.github.samhttp.core.write",
                "io.github.samhttp.core.local");
        assertThat(sources()).filteredOn(s -> List.of("core.read", "core.shape", "core.validate", "core.model",
                "core.aws").contains(s.pkg())).filteredOn(s -> later.stream().anyMatch(s::imports))
                .extracting(s -> s.path().toString()).isEmpty();
    }

    @Test
    void cloudFormationSyntaxIsWrittenOnlyByTheDocuments() throws IOException {
        assertThat(sources()).filteredOn(s -> !s.pkg().equals("core.documents") && !s.pkg().startsWith("core.local"))
                .allSatisfy(s -> assertThat(s.text()).as(s.path().toString()).doesNotContain("\"{{resolve:"));
    }

    /** AWS's facts and limits have one home: the other packages read them from there. */
    @Test
    void awsFactsLiveInTheAwsPackage() throws IOException {
        for (String fact : List.of("RETENTION_DAYS = ", "\"x-amzn-\"", "\"day-of-week\"")) {
            assertThat(sources()).filteredOn(s -> s.text().contains(fact)).extracting(Source::pkg).as(fact)
                    .containsOnly("core.aws");
        }
    }

    @Test
    void noMainFileIsOver400Lines() throws IOException {
        assertThat(sources()).filteredOn(s -> s.text().lines().count() > 400).extracting(s -> s.path().toString())
                .isEmpty();
    }
}
