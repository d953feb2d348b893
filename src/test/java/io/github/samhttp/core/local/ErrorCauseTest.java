package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.apigateway.RoutePaths;
import io.github.samhttp.core.local.http.EmptyBody;
import io.github.samhttp.core.local.http.ErrorCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Cause of a non-2xx HTTP Task error is undocumented: the status text, the raw body or a JSON document of the
 * answer. Whichever it is, and whatever the body holds, the client gets valid error JSON with the right status,
 * the Cause passed on as text, never parsed.
 */
class ErrorCauseTest {

    static final ObjectMapper STRICT = JsonMapper.builder().disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    static final String SEED = """
            endpoint: https://api.example.com/v1/orders
            method: POST
            auth: {type: API_KEY, header: x-api-key, value: ssm:/orders/key}
            path: /orders
            retry: {maxAttempts: 0}
            """;

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();

    static Stream<Arguments> causes() {
        List<Arguments> cases = new ArrayList<>();
        String[] bodies = {"{\"message\": \"it's \\\"gone\\\" \\\\ \\u00e9 \\n\"}", "plain 'text' with \"quotes\" \\ and"
                + " \u65e5\u672c\nnew lines\t$ #end ${x}", "", "<html><body>Bad \"gateway\"</body></html>",
                "x".repeat(200_000), "[1, {\"a\": null}]"};
        for (ErrorCause form : ErrorCause.values()) {
            for (String body : bodies) {
                for (int status : new int[] {404, 422, 503}) {
                    cases.add(Arguments.of(form, body, status));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} body#{index}")
    @MethodSource("causes")
    void everyCauseGivesValidErrorJsonAndTheRightStatus(ErrorCause form, String body, int status) throws Exception {
        mock.answer(new Answer(status, body.startsWith("{") || body.startsWith("[") ? "application/json"
                : "text/plain", body, 0));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(SEED)),
                Secrets.of(LocalRuntimeTest.SECRETS, Map.of()), new LocalRuntime.Options(mock.uri(), false,
                new VirtualTiming(), new Emulation(RoutePaths.Reading.AS_SENT, EmptyBody.ABSENT, form)));
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request("POST", "/orders", Map.of(),
                Map.of(), "{}"), line -> { });

        assertThat(response.status()).isEqualTo(status == 503 ? 502 : status);
        JsonNode error = STRICT.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("States.Http.StatusCode." + status);
        String cause = error.path("cause").asText();
        switch (form) {
            case RAW_BODY -> assertThat(cause).isEqualTo(body);
            case JSON_DOCUMENT -> assertThat(STRICT.readTree(cause).path("StatusCode").asInt()).isEqualTo(status);
            default -> assertThat(cause).isNotEmpty().doesNotContain("{");
        }
    }
}
