package io.github.samhttp.core.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.local.LocalRun;
import io.github.samhttp.core.local.LocalRuntime;
import io.github.samhttp.core.local.MockThirdParty;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.Secrets;
import io.github.samhttp.core.local.VirtualTiming;
import io.github.samhttp.core.shape.DescriptorSchema;
import io.github.samhttp.core.write.OutputWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every preset as {@code init} writes it: a commented descriptor that generates a project the CI validators check
 * (written under {@code target/generated-projects/presets}) and that runs through the local runtime against a mock
 * with the preset's own sample request, sending what its endpoint says.
 */
class PresetsTest {

    static final Path SHIPPED = Path.of("src/main/resources/io/github/samhttp/presets");
    static final Path FOR_CI = Path.of("target/generated-projects/presets");

    @TempDir
    Path dir;

    @Test
    void everyShippedFileIsAPresetAndEveryPresetIsShipped() throws Exception {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            assertThat(files.map(p -> p.getFileName().toString().replaceAll("\\.yaml$", "")))
                    .containsExactlyInAnyOrderElementsOf(Preset.ids());
        }
        assertThat(Preset.ids()).contains("twilio-sms", "stripe-payment", "sendgrid-mail", "slack-message",
                "github-issue", "oauth-api", "api-key-api", "eventbridge-webhook");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Preset.class)
    void isACommentedDescriptorThatNamesItsSchemaAndWhatToChange(Preset preset) {
        String text = new String(preset.text(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains("# yaml-language-server: $schema=" + DescriptorSchema.FILE_NAME);
        assertThat(text).contains("CHANGE").doesNotContain("\t");
        // The sample goes into a shell command between single quotes.
        assertThat(preset.sampleBody()).doesNotContain("'");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Preset.class)
    void generatesAValidProjectThatCallsTheThirdPartyAsItsEndpointSays(Preset preset) throws Exception {
        Path descriptor = dir.resolve("src/main/sam/integration.yaml");
        Starter.init(new Starter.Config(preset.id(), descriptor, "integration.yaml"));
        Path project = FOR_CI.resolve(preset.id());
        Generator.Result generated = Generator.generate(new Generator.Config(descriptor, "integration.yaml", project,
                OutputWriter.Options.DEFAULT));
        assertThat(generated.warnings()).as("a preset builds without warnings").isEmpty();

        String text = new String(preset.text(), StandardCharsets.UTF_8);
        boolean oauth = text.contains("OAUTH_CLIENT_CREDENTIALS");
        try (MockThirdParty mock = new MockThirdParty()) {
            if (oauth) {
                mock.answer(Answer.json(200, "{\"access_token\": \"tok\", \"token_type\": \"Bearer\"}"));
            }
            mock.answer(Answer.json(200, "{\"ok\": true}"));
            Secrets secrets = reference -> Optional.of("secret-value");
            List<String> trace = new ArrayList<>();
            LocalRun.Outcome outcome = LocalRun.invoke(new LocalRun.Config(null, project, secrets,
                    new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()), null, preset.samplePath(),
                    Map.of("Content-Type", "application/json"), Map.of(), preset.sampleBody(), null), trace::add);

            assertThat(outcome.response().status()).as(outcome.response().body() + "\n" + String.join("\n", trace))
                    .isEqualTo(200);
            assertThat(mock.received()).hasSize(oauth ? 2 : 1);
            MockThirdParty.Received call = mock.received().get(mock.received().size() - 1);
            String endpoint = text.lines().filter(l -> l.startsWith("endpoint: ")).findFirst().orElseThrow()
                    .replaceAll("^endpoint: (\\S+).*$", "$1");
            String pathPattern = URI.create(endpoint.replaceAll("\\{[A-Za-z0-9_]+}", "PLACEHOLDER")).getPath()
                    .replace(".", "\\.").replace("PLACEHOLDER", "[^/]+");
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.pathAndQuery()).matches(pathPattern + "(\\?.*)?");
            assertThat(call.headers().keySet().stream().map(String::toLowerCase))
                    .as("the credential reached the third party")
                    .containsAnyOf("authorization", text.replaceAll("(?s).*\\n  header: (\\S+).*", "$1").toLowerCase());
        }
    }

    @Test
    void writesTheDescriptorAndItsSchemaAndNeverOverwrites() throws Exception {
        Path descriptor = dir.resolve("src/main/sam/integration.yaml");
        Starter.Result result = Starter.init(new Starter.Config("twilio-sms", descriptor,
                "src/main/sam/integration.yaml"));
        assertThat(result.written()).containsExactly("src/main/sam/integration.yaml",
                "src/main/sam/" + DescriptorSchema.FILE_NAME);
        assertThat(descriptor).hasBinaryContent(Preset.TWILIO_SMS.text());
        assertThat(dir.resolve("src/main/sam").resolve(DescriptorSchema.FILE_NAME))
                .hasBinaryContent(DescriptorSchema.shipped());

        Files.writeString(descriptor, "edited");
        assertThatThrownBy(() -> Starter.init(new Starter.Config("stripe-payment", descriptor,
                "src/main/sam/integration.yaml")))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("src/main/sam/integration.yaml: already exists, and init never overwrites a file")
                .hasMessageContaining("nothing was written");
        assertThat(descriptor).hasContent("edited");

        // A second descriptor beside it: the schema already there is kept, the same bytes.
        Starter.Result second = Starter.init(new Starter.Config("stripe-payment",
                dir.resolve("src/main/sam/payments.yaml"), "src/main/sam/payments.yaml"));
        assertThat(second.written()).containsExactly("src/main/sam/payments.yaml");
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void keepsASchemaThatDiffersAndSaysHowToRefreshIt() throws Exception {
        Path schema = dir.resolve(DescriptorSchema.FILE_NAME);
        Files.writeString(schema, "{}");
        Starter.Result result = Starter.init(new Starter.Config("oauth-api", dir.resolve("api.yaml"), "api.yaml"));
        assertThat(result.written()).containsExactly("api.yaml");
        assertThat(result.warnings()).singleElement().asString()
                .contains(DescriptorSchema.FILE_NAME + " differs from this version's schema and was left as it is");
        assertThat(schema).hasContent("{}");
    }

    @Test
    void anUnknownPresetIsNamedWithTheClosestAndTheList() {
        assertThatThrownBy(() -> Starter.init(new Starter.Config("twilo-sms", dir.resolve("x.yaml"), "x.yaml")))
                .isInstanceOf(SamHttpException.class)
                .satisfies(e -> assertThat(((SamHttpException) e).lines()).first().asString()
                        .isEqualTo("'preset': there is no preset 'twilo-sms'; did you mean preset=twilio-sms? The"
                                + " presets are:"))
                .satisfies(e -> assertThat(((SamHttpException) e).lines()).hasSize(1 + Preset.values().length)
                        .anySatisfy(line -> assertThat(line).contains("eventbridge-webhook")));
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }
}
