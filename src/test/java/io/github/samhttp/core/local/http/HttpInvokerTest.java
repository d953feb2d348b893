package io.github.samhttp.core.local.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samhttp.core.local.MockThirdParty;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.Trace;
import io.github.samhttp.core.local.asl.StatesError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP Task's request rules, checked on the wire. */
class HttpInvokerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ARN = "arn:aws:events:local:000000000000:connection/C";

    MockThirdParty mock;
    HttpInvoker invoker;

    @BeforeEach
    void start() throws Exception {
        mock = new MockThirdParty();
        Connection connection = new Connection("API_KEY", "x-api-key", "k-1", null, null,
                Connection.HttpParameters.NONE, new Connection.HttpParameters(
                        List.of(new Connection.Parameter("X-Team", "from-connection")),
                        List.of(new Connection.Parameter("region", "eu"), new Connection.Parameter("v", "conn")),
                        List.of(new Connection.Parameter("source", "connection"))));
        java.net.http.HttpClient client = HttpInvoker.newClient(mock.uri());
        invoker = new HttpInvoker(Map.of(ARN, connection), mock.uri(), false, new Trace(l -> { }),
                () -> client, EmptyBody.ABSENT, ErrorCause.STATUS_TEXT, null);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    JsonNode parameters(String extra) throws Exception {
        return JSON.readTree("{\"ApiEndpoint\": \"https://api.example.com/v1/items\", \"Method\": \"POST\","
                + " \"InvocationConfig\": {\"ConnectionArn\": \"" + ARN + "\"}" + extra + "}");
    }

    @Test
    void connectionParametersWinOverTheTasks() throws Exception {
        mock.answer(Answer.json(200, "{\"ok\": true}"));

        JsonNode output = invoker.run(HttpInvoker.RESOURCE, parameters(", \"Headers\": {\"X-Team\": \"from-task\"},"
                + " \"QueryParameters\": {\"v\": \"task\", \"q\": \"a b\"}, \"RequestBody\": {\"source\": \"task\", \"n\": 1}"),
                5000);

        MockThirdParty.Received call = mock.received().get(0);
        assertThat(call.pathAndQuery()).isEqualTo("/v1/items?v=conn&q=a%20b&region=eu");
        assertThat(call.header("X-Team")).isEqualTo("from-connection");
        assertThat(call.header("x-api-key")).isEqualTo("k-1");
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree("{\"source\": \"connection\", \"n\": 1}"));
        assertThat(output.path("StatusCode").asInt()).isEqualTo(200);
        assertThat(output.path("StatusText").asText()).isEqualTo("OK");
        assertThat(output.path("ResponseBody")).isEqualTo(JSON.readTree("{\"ok\": true}"));
        assertThat(output.path("Headers").path("content-type").get(0).asText()).isEqualTo("application/json");
    }

    @Test
    void aForbiddenHeaderIsARuntimeErrorAndNothingIsSent() {
        assertThatThrownBy(() -> invoker.run(HttpInvoker.RESOURCE,
                parameters(", \"Headers\": {\"X-Amz-Date\": \"x\"}"), 5000))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo(StatesError.RUNTIME));
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void aStringBodyCannotBeMergedWithConnectionBodyParameters() {
        assertThatThrownBy(() -> invoker.run(HttpInvoker.RESOURCE, parameters(", \"RequestBody\": \"raw\""), 5000))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo(StatesError.RUNTIME));
    }

    @Test
    void binaryAnswersAreRuntimeErrorsAndRefusedConnectionsSocketErrors() throws Exception {
        mock.answer(new Answer(200, "image/png", "PNG", 0));
        assertThatThrownBy(() -> invoker.run(HttpInvoker.RESOURCE, parameters(""), 5000))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo(StatesError.RUNTIME));

        mock.close();
        assertThatThrownBy(() -> invoker.run(HttpInvoker.RESOURCE, parameters(""), 5000))
                .isInstanceOfSatisfying(StatesError.class, e -> assertThat(e.error()).isEqualTo("States.Http.Socket"));
    }
}
