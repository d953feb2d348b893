package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ASYNC integration run locally as API Gateway and Step Functions run it: 202 at once, the execution on a thread
 * of its own, then the status route: RUNNING, the third party's answer, its 4xx, exhausted 5xx, a timeout, an
 * unknown or foreign id, a retried idempotency key.
 */
class AsyncRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPORT = """
            name: reports
            endpoint: https://api.example.com/v1/exports/{kind}
            method: POST
            auth: {type: API_KEY, header: x-api-key, value: ssm:/orders/key}
            path: /exports/{kind}
            mode: ASYNC
            idempotencyHeader: Idempotency-Key
            retry: {maxAttempts: 2, intervalSeconds: 1}
            timeoutSeconds: 2
            """;

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();
    final List<String> log = new ArrayList<>();

    private LocalRuntime runtime(Path folder) throws Exception {
        LocalRuntime.Options options = new LocalRuntime.Options(mock.uri(), false, new VirtualTiming());
        return new LocalRuntime(LocalProject.load(TestProjects.render(EXPORT)),
                Secrets.of(LocalRuntimeTest.SECRETS, Map.of()), folder == null ? options
                : options.keepingExecutionsIn(folder));
    }

    private LocalRuntime.Response post(LocalRuntime runtime, String key) throws Exception {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return runtime.invoke(new LocalRuntime.Request("POST", "/exports/orders", headers, Map.of(),
                "{\"format\": \"csv\"}"), log::add);
    }

    private LocalRuntime.Response status(LocalRuntime runtime, String id) throws Exception {
        return runtime.invoke(new LocalRuntime.Request("GET", "/exports/orders/executions/" + id, Map.of(), Map.of(),
                ""), log::add);
    }

    @Test
    void theStartIsAnswered202AndTheStatusRouteThenGivesTheThirdPartysAnswer() throws Exception {
        mock.answer(Answer.json(201, "{\"export\": \"e-1\", \"rows\": 42}"));
        LocalRuntime runtime = runtime(null);

        LocalRuntime.Response started = post(runtime, "order-42");
        assertThat(started.status()).isEqualTo(202);
        JsonNode body = JSON.readTree(started.body());
        assertThat(body.path("executionId").asText()).isEqualTo("order-42");
        String url = "https://localhost/exports/orders/executions/order-42";
        assertThat(body.path("statusUrl").asText()).isEqualTo(url);
        assertThat(started.headers()).containsEntry("Location", url);

        runtime.awaitExecutions();
        LocalRuntime.Response done = status(runtime, "order-42");
        assertThat(done.status()).isEqualTo(201);
        assertThat(JSON.readTree(done.body())).isEqualTo(JSON.readTree("{\"export\": \"e-1\", \"rows\": 42}"));
        assertThat(mock.received()).hasSize(1);
        assertThat(mock.received().get(0).pathAndQuery()).isEqualTo("/v1/exports/orders");
    }

    @Test
    void whileTheExecutionRunsTheStatusIs202Running() throws Exception {
        mock.answer(new Answer(200, "application/json", "{\"ok\": true}", 1500));
        LocalRuntime runtime = runtime(null);
        String id = JSON.readTree(post(runtime, null).body()).path("executionId").asText();
        assertThat(id).matches("[0-9a-f-]{36}");

        LocalRuntime.Response running = status(runtime, id);
        assertThat(running.status()).isEqualTo(202);
        assertThat(JSON.readTree(running.body())).isEqualTo(JSON.readTree("{\"status\": \"RUNNING\"}"));

        runtime.awaitExecutions();
        assertThat(status(runtime, id).status()).isEqualTo(200);
    }

    @Test
    void aThirdParty4xxPassesThroughAndExhausted5xxIs502AndATimeoutIs504() throws Exception {
        mock.answer(Answer.json(404, "{\"message\": \"no such kind\"}"));
        LocalRuntime runtime = runtime(null);
        post(runtime, "a");
        runtime.awaitExecutions();
        LocalRuntime.Response notFound = status(runtime, "a");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(JSON.readTree(notFound.body()).path("error").asText()).isEqualTo("States.Http.StatusCode.404");

        mock.reset();
        mock.answer(Answer.json(503, "{\"message\": \"busy\"}"));
        post(runtime, "b");
        runtime.awaitExecutions();
        assertThat(status(runtime, "b").status()).isEqualTo(502);
        assertThat(mock.received()).hasSize(3);

        mock.reset();
        mock.answer(new Answer(200, "application/json", "{}", 3000));
        post(runtime, "c");
        runtime.awaitExecutions();
        LocalRuntime.Response timedOut = status(runtime, "c");
        assertThat(timedOut.status()).isEqualTo(504);
        assertThat(JSON.readTree(timedOut.body()).path("error").asText()).isEqualTo("States.Timeout");
    }

    @Test
    void anUnknownOrForeignIdIs404() throws Exception {
        LocalRuntime runtime = runtime(null);
        for (String id : new String[] {"nobody", "other-machine:x", "a%3Ab"}) {
            LocalRuntime.Response answer = status(runtime, id);
            assertThat(answer.status()).as(id).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).path("error").asText()).isEqualTo("ExecutionNotFound");
        }
    }

    @Test
    void aRetriedKeyGetsItsExecutionWhileItRunsAnd409OnceItEnded() throws Exception {
        mock.answer(new Answer(200, "application/json", "{}", 1500));
        LocalRuntime runtime = runtime(null);
        assertThat(post(runtime, "k-1").status()).isEqualTo(202);
        LocalRuntime.Response again = post(runtime, "k-1");
        assertThat(again.status()).isEqualTo(202);
        assertThat(JSON.readTree(again.body()).path("executionId").asText()).isEqualTo("k-1");
        runtime.awaitExecutions();
        assertThat(mock.received()).hasSize(1);
        LocalRuntime.Response ended = post(runtime, "k-1");
        assertThat(ended.status()).isEqualTo(409);
        JsonNode conflict = JSON.readTree(ended.body());
        assertThat(conflict.path("error").asText()).isEqualTo("ExecutionAlreadyExists");
        // The key names the execution: the 409 says where its outcome is.
        assertThat(conflict.path("executionId").asText()).isEqualTo("k-1");
        assertThat(conflict.path("statusUrl").asText()).isEqualTo("https://localhost/exports/orders/executions/k-1");
        assertThat(ended.headers()).containsEntry("Location", "https://localhost/exports/orders/executions/k-1");
        assertThat(status(runtime, "k-1").status()).isEqualTo(200);
        LocalRuntime.Response bad = post(runtime, "not valid!");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("error").asText()).isEqualTo("InvalidIdempotencyKey");
    }

    @Test
    void anEndedExecutionIsDescribedByALaterRun(@TempDir Path folder) throws Exception {
        mock.answer(Answer.json(200, "{\"done\": true}"));
        LocalRuntime first = runtime(folder);
        post(first, "kept");
        first.awaitExecutions();
        LocalRuntime.Response later = status(runtime(folder), "kept");
        assertThat(later.status()).isEqualTo(200);
        assertThat(JSON.readTree(later.body())).isEqualTo(JSON.readTree("{\"done\": true}"));
    }

    @Test
    void aSecretTheThirdPartyEchoesIsMaskedInTheStatusAnswerAndTheKeptExecution(@TempDir Path folder)
            throws Exception {
        // The third party echoes the API key it got (ssm:/orders/key is 'orders-key' locally).
        mock.answer(Answer.json(200, "{\"auth\": \"orders-key\", \"done\": true}"));
        LocalRuntime runtime = runtime(folder);
        assertThat(post(runtime, "echo").status()).isEqualTo(202);
        runtime.awaitExecutions();

        LocalRuntime.Response same = status(runtime, "echo");
        LocalRuntime.Response later = status(runtime(folder), "echo");

        for (LocalRuntime.Response response : List.of(same, later)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("orders-key").contains("\"done\":true");
        }
        try (java.util.stream.Stream<Path> kept = java.nio.file.Files.walk(folder)) {
            for (Path file : kept.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertThat(java.nio.file.Files.readString(file)).as(file.toString()).doesNotContain("orders-key");
            }
        }
    }

    @Test
    void aRetriedKeyWithAnotherRequestIs409EvenWhileItRuns() throws Exception {
        mock.answer(new Answer(200, "application/json", "{}", 1500));
        LocalRuntime runtime = runtime(null);
        assertThat(post(runtime, "k-2").status()).isEqualTo(202);
        LocalRuntime.Response other = runtime.invoke(new LocalRuntime.Request("POST", "/exports/orders",
                Map.of("Idempotency-Key", "k-2"), Map.of(), "{\"format\": \"pdf\"}"), log::add);
        assertThat(other.status()).isEqualTo(409);
        runtime.awaitExecutions();
        assertThat(mock.received()).hasSize(1);
    }
}
