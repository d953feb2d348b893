package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.http.ConnectionFailure;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the HTTP Task does that a user would not expect, in the local runtime as deployed: it sends its own
 * {@code Range: bytes=0-262144}; a third party that honours it answers 206 with the first part, one that does not
 * and answers more than a state may return fails the execution (States.DataLimitExceeded); a connection the task
 * cannot use (each {@code Events.ConnectionResource.*}) is a 502 whose cause says what to check.
 */
class HttpTaskFactsTest {

    private static final ObjectMapper STRICT = ErrorCauseTest.STRICT;
    /** ErrorCauseTest's: a POST without retries, so that each call is one attempt. */
    private static final String SEED = ErrorCauseTest.SEED;

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();

    LocalRuntime.Response call(String descriptor, Emulation emulation) throws Exception {
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(descriptor)),
                Secrets.of(LocalRuntimeTest.SECRETS, Map.of()), new LocalRuntime.Options(mock.uri(), false,
                new VirtualTiming(), emulation));
        return runtime.invoke(new LocalRuntime.Request("POST", "/orders", Map.of(), Map.of(), "{\"n\": 1}"),
                line -> { });
    }

    @Test
    void theTaskSendsItsOwnRangeAndA206PassesItsFirstPartOn() throws Exception {
        mock.answer(Answer.json(206, "{\"items\": [1, 2, 3]}"));

        LocalRuntime.Response response = call(SEED, Emulation.DEFAULT);

        assertThat(mock.received().get(0).header("Range")).isEqualTo("bytes=0-262144");
        assertThat(response.status()).isEqualTo(206);
        assertThat(STRICT.readTree(response.body()).path("items").size()).isEqualTo(3);
    }

    @Test
    void anAnswerOverWhatAStateMayReturnIsA502NamingTheLimit() throws Exception {
        // A third party that ignores the Range and answers 300 KB: more than the task's result may hold.
        mock.answer(Answer.json(200, "{\"data\": \"" + "x".repeat(300_000) + "\"}"));

        LocalRuntime.Response response = call(SEED, Emulation.DEFAULT);

        assertThat(response.status()).isEqualTo(502);
        JsonNode error = STRICT.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("States.DataLimitExceeded");
        assertThat(error.path("cause").asText()).contains("larger than the 256 KB").contains("bytes=0-262144")
                .contains("ask it for less");
    }

    @ParameterizedTest
    @EnumSource(ConnectionFailure.class)
    void aConnectionTheTaskCannotUseIsA502SayingWhatToCheck(ConnectionFailure failure) throws Exception {
        LocalRuntime.Response response = call(SEED, Emulation.DEFAULT.failing(failure));

        assertThat(mock.received()).isEmpty();
        assertThat(response.status()).isEqualTo(502);
        JsonNode error = STRICT.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo(failure.error());
        String name = failure.error().substring(ConnectionFailure.PREFIX.length());
        assertThat(error.path("cause").asText())
                .startsWith("The integration could not use its EventBridge connection (" + name + "): ")
                .doesNotStartWith("The integration could not use its EventBridge connection (" + name + "): check the"
                        + " connection in the EventBridge console")
                .endsWith("emulated: the task could not use the connection "
                        + "arn:aws:events:local:000000000000:connection/Connection");
    }

    @Test
    void eachConnectionFailureHasItsOwnAdvice() throws Exception {
        Set<String> advice = new HashSet<>();
        for (ConnectionFailure failure : ConnectionFailure.values()) {
            String cause = STRICT.readTree(call(SEED, Emulation.DEFAULT.failing(failure)).body()).path("cause")
                    .asText();
            advice.add(cause.substring(cause.indexOf("): ") + 3, cause.indexOf(". emulated")));
        }
        assertThat(advice).hasSize(ConnectionFailure.values().length);
    }

    @Test
    void anOAuthConnectionWhoseTokenIsRefusedIsAnInvalidConnectionState() throws Exception {
        mock.answer(Answer.json(401, "{\"error\": \"invalid_client\"}"));
        String oauth = SEED.replace("auth: {type: API_KEY, header: x-api-key, value: ssm:/orders/key}", """
                auth:
                  type: OAUTH_CLIENT_CREDENTIALS
                  tokenEndpoint: https://auth.example.com/oauth/token
                  clientId: ssm:/crm/client_id
                  clientSecret: secretsmanager:crm/oauth:SecretString:client_secret""");

        LocalRuntime.Response response = call(oauth, Emulation.DEFAULT);

        assertThat(response.status()).isEqualTo(502);
        JsonNode error = STRICT.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("Events.ConnectionResource.InvalidConnectionState");
        assertThat(error.path("cause").asText()).contains("its state is not AUTHORIZED");
    }
}
