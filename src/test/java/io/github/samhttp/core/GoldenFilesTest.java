package io.github.samhttp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each example's generated project, byte for byte, against files reviewed by hand. To regenerate on purpose:
 * {@code ./mvnw test -Dtest=GoldenFilesTest -Dsamhttp.updateGolden=true}, then review the diff.
 */
class GoldenFilesTest {

    static final Path EXAMPLES = Path.of("examples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"twilio-sms", "oauth-client-credentials", "get-path-query", "stripe-payment", "sendgrid-mail",
            "eventbridge-standard", "http-api", "multi-integration", "scheduled-report", "production-ready",
            "async-export"})
    void generatedProjectMatchesTheReviewedFiles(String example) throws Exception {
        Map<String, byte[]> files = TestProjects.render(EXAMPLES.resolve(example).resolve("integration.yaml"));
        Path golden = GOLDEN.resolve(example);
        if (Boolean.getBoolean("samhttp.updateGolden")) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = golden.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        assertThat(goldenFiles(golden)).containsExactlyInAnyOrderElementsOf(files.keySet());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(new String(file.getValue(), StandardCharsets.UTF_8))
                    .as(file.getKey())
                    .isEqualTo(Files.readString(golden.resolve(file.getKey())));
        }
    }

    private static ArrayList<String> goldenFiles(Path golden) throws IOException {
        ArrayList<String> names = new ArrayList<>();
        try (var paths = Files.walk(golden)) {
            paths.filter(Files::isRegularFile)
                    .forEach(p -> names.add(golden.relativize(p).toString().replace('\\', '/')));
        }
        return names;
    }
}
