package io.github.samhttp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.samhttp.core.read.DescriptorReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed descriptors, each with one thing wrong, and the exact first message the build gives for
 * it. The corpus lives in {@code src/test/resources/bad-descriptors}; {@code expected.tsv} holds one line per file:
 * the file name, a tab, and the first problem as rendered for the user.
 */
class BadDescriptorCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-descriptors");
    static final Path EXPECTED = CORPUS.resolve("expected.tsv");

    /** Every rendered problem: {@code name:line:col: ...Fix: ...} with a line of at least 1. */
    static final Pattern RENDERED = Pattern.compile("(?<file>[^:]+):(?<line>[1-9][0-9]*):(?<col>[1-9][0-9]*): .+\\. Fix: .+");

    /**
     * Files whose first message is the same as another's, apart from the file name, by design: an empty file and
     * a file holding only a comment are both an empty YAML document.
     */
    static final Set<Set<String>> SAME_MESSAGE_BY_DESIGN = Set.of(
            Set.of("72-empty-file.yaml", "73-only-a-comment.yaml"));

    static Map<String, String> expected() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            assertThat(columns).as("expected.tsv line %d: file<TAB>message", i + 1).hasSize(2);
            assertThat(rows.put(columns[0], columns[1])).as("expected.tsv lists %s twice", columns[0]).isNull();
        }
        return rows;
    }

    /**
     * With {@code -Dsamhttp.updateCorpus=true}, rewrites expected.tsv from the messages the build gives now: for a
     * deliberate change of wording, reviewed in the diff like a golden file.
     */
    static void updateIfAsked() throws IOException {
        if (!Boolean.getBoolean("samhttp.updateCorpus")) {
            return;
        }
        StringBuilder tsv = new StringBuilder();
        for (String name : expected().keySet()) {
            List<Problem> problems = problemsOf(name, Files.readAllBytes(CORPUS.resolve(name)));
            tsv.append(name).append('\t').append(problems.isEmpty() ? "(no problem: the descriptor is accepted)"
                    : problems.get(0).render(name)).append('\n');
        }
        Files.writeString(EXPECTED, tsv.toString(), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> corpus() throws IOException {
        updateIfAsked();
        return expected().entrySet().stream().map(row -> Arguments.of(row.getKey(), row.getValue()));
    }

    static List<Problem> problemsOf(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        TestProjects.service(name, bytes, problems, warnings);
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadDescriptorFailsWithItsExpectedMessage(String name, String expectedMessage) throws IOException {
        byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));

        List<Problem> problems = problemsOf(name, bytes);

        assertThat(problems).as("problems for %s", name).isNotEmpty();
        assertThat(problems.get(0).render(name)).isEqualTo(expectedMessage);
        for (Problem problem : problems) {
            String rendered = problem.render(name);
            assertThat(rendered).matches(RENDERED).startsWith(name + ":");
            assertThat(problem.line()).as(rendered).isGreaterThanOrEqualTo(1);
            assertThat(problem.column()).as(rendered).isGreaterThanOrEqualTo(1);
        }
    }

    /** The build fails on each, and a project generated before is left exactly as it was. */
    @Test
    void noCorpusFileTouchesTheOutputFolder(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("sam");
        Generator.generate(new Generator.Config(Path.of("examples/twilio-sms/integration.yaml"), "integration.yaml", out));
        Map<String, byte[]> before = snapshot(out);
        java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(946684800000L);
        for (String file : before.keySet()) {
            Files.setLastModifiedTime(out.resolve(file), longAgo);
        }
        for (String name : expected().keySet()) {
            assertThatThrownBy(() -> Generator.generate(new Generator.Config(CORPUS.resolve(name), name, out))).as(name)
                    .isInstanceOf(SamHttpException.class);
        }
        assertThat(snapshot(out)).containsOnlyKeys(before.keySet());
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            assertThat(Files.readAllBytes(out.resolve(file.getKey()))).isEqualTo(file.getValue());
            assertThat(Files.getLastModifiedTime(out.resolve(file.getKey()))).isEqualTo(longAgo);
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void everyCorpusFileHasARowAndEveryRowAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expected.tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(new TreeSet<>(expected().keySet())).containsExactlyElementsOf(files);
        assertThat(files).allMatch(n -> n.matches("[0-9]{2,3}-[a-z0-9-]+\\.yaml"), "named NN-short-name.yaml");
    }

    @Test
    void theCorpusHasAtLeastFortyFiles() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            assertThat(list.filter(p -> p.getFileName().toString().endsWith(".yaml")).count())
                    .isGreaterThanOrEqualTo(40);
        }
    }

    @Test
    void eachFailsWithItsOwnMessage() throws IOException {
        Map<String, String> expected = expected();
        assertThat(Set.copyOf(expected.values())).hasSameSizeAs(expected.values());

        // Stricter: without the file name the messages still differ, except where the same by design.
        Map<String, List<String>> byMessage = new HashMap<>();
        expected.forEach((name, message) ->
                byMessage.computeIfAbsent(message.substring(name.length()), m -> new ArrayList<>()).add(name));
        List<Set<String>> shared = byMessage.values().stream()
                .filter(names -> names.size() > 1)
                .map(Set::copyOf)
                .collect(Collectors.toList());
        assertThat(shared).allMatch(SAME_MESSAGE_BY_DESIGN::contains, "only the pairs known to share a message");
    }

    @Test
    void aTenMegabyteFileIsRefusedBeforeParsing(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("integration.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        int size = 10 * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] start = "endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\n"
                    .getBytes(StandardCharsets.US_ASCII);
            out.write(start);
            long written = start.length;
            while (written + line.length <= size) {
                out.write(line);
                written += line.length;
            }
            byte[] rest = new byte[(int) (size - written)];
            Arrays.fill(rest, (byte) ' ');
            out.write(rest);
        }
        assertThat(Files.size(big)).isEqualTo(size);
        String expected = "integration.yaml:1:1: the file has 10485760 bytes, over the limit of "
                + DescriptorReader.MAX_BYTES
                + ". Fix: point 'descriptor' at the integration descriptor, a small YAML file";

        List<Problem> problems = problemsOf("integration.yaml", Files.readAllBytes(big));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).render("integration.yaml")).isEqualTo(expected);
        assertThatThrownBy(() -> Generator.render(new Generator.Config(big, "integration.yaml", null)))
                .isInstanceOf(SamHttpException.class)
                .satisfies(e -> assertThat(((SamHttpException) e).lines()).containsExactly(expected));
    }
}
