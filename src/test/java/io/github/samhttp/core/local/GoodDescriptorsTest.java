package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.write.OutputWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Descriptors the plugin once refused although they are right (names with brackets, bracketed JSONPath, a token
 * URL with a query, YAML 1.1 words as text): each is generated, written where the CI validators check it, and run
 * through the local runtime against a mock. Comments in each file say what the third party must receive:
 * {@code # request: <body>}, {@code # expect: <text in the path and query>}, {@code # expect-body: <body>},
 * {@code # expect-header: <Name>: <value>}, {@code # expect-token: <text in the token request's path and query>}.
 */
class GoodDescriptorsTest {

    static final Path GOOD = Path.of("src/test/resources/good-descriptors");
    static final Path FOR_CI = Path.of("target/generated-projects/good");

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();

    static Stream<String> descriptors() throws Exception {
        try (Stream<Path> files = Files.list(GOOD)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptors")
    void isAcceptedGeneratedAndCallsTheThirdPartyAsWritten(String name) throws Exception {
        String text = Files.readString(GOOD.resolve(name), StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        Service service = TestProjects.service(name, text.getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());
        assertThat(problems).extracting(p -> p.render(name)).isEmpty();
        Map<String, byte[]> files = TestProjects.files(service);
        OutputWriter.write(FOR_CI.resolve(name.replace(".yaml", "")), files, OutputWriter.Options.DEFAULT);

        boolean oauth = text.contains("OAUTH_CLIENT_CREDENTIALS");
        if (oauth) {
            mock.answer(Answer.json(200, "{\"access_token\": \"tok\", \"token_type\": \"Bearer\"}"));
        }
        mock.answer(Answer.json(200, "{\"ok\": true}"));
        LocalProject project = LocalProject.load(files);
        LocalProject.Route route = project.routes().get(0);
        Secrets secrets = reference -> Optional.of("secret-value");
        LocalRuntime runtime = new LocalRuntime(project, secrets, new LocalRuntime.Options(mock.uri(), false,
                new VirtualTiming()));
        String body = comments(text, "request").findFirst().orElse(route.method().equals("GET") ? "" : "{}");
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request(route.method(), route.path(),
                Map.of("Content-Type", "application/json"), Map.of(), body), line -> { });

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(mock.received()).hasSize(oauth ? 2 : 1);
        MockThirdParty.Received call = mock.received().get(mock.received().size() - 1);
        comments(text, "expect").forEach(part -> assertThat(call.pathAndQuery()).contains(part));
        comments(text, "expect-body").forEach(expected -> assertThat(call.bodyText()).isEqualTo(expected));
        comments(text, "expect-header").forEach(header -> assertThat(call.header(header.substring(0,
                header.indexOf(':')))).isEqualTo(header.substring(header.indexOf(':') + 1).strip()));
        comments(text, "expect-token").forEach(part -> assertThat(mock.received().get(0).pathAndQuery())
                .contains(part));
    }

    private static Stream<String> comments(String text, String kind) {
        return text.lines().filter(l -> l.startsWith("# " + kind + ": ")).map(l -> l.substring(kind.length() + 4));
    }
}
