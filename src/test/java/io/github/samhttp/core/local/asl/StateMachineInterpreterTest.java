package io.github.samhttp.core.local.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.samhttp.core.local.Trace;
import io.github.samhttp.core.local.VirtualTiming;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interpreter on small definitions: paths, payload templates, intrinsics, Choice, Retry, Catch, timeouts. */
class StateMachineInterpreterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A task that answers from a script: a JSON result, or an error name. */
    static final class ScriptedTask implements TaskRunner {
        final Deque<Object> script = new ArrayDeque<>();
        final List<JsonNode> calls = new ArrayList<>();

        @Override
        public JsonNode run(String resource, JsonNode parameters, long timeoutMillis) throws StatesError {
            calls.add(parameters);
            Object next = script.size() > 1 ? script.poll() : script.peek();
            if (next instanceof String error) {
                throw new StatesError(error, "cause of " + error);
            }
            return (JsonNode) next;
        }
    }

    static Execution run(String definition, String input, ScriptedTask task) throws Exception {
        return new StateMachineInterpreter(JSON.readTree(definition), task, new VirtualTiming(), new Trace(l -> { }))
                .run(JSON.readTree(input));
    }

    @Test
    void pathsAndPayloadTemplatesShapeData() throws Exception {
        ScriptedTask task = new ScriptedTask();
        task.script.add(JSON.readTree("{\"StatusCode\": 200, \"ResponseBody\": {\"id\": 7}}"));
        Execution execution = run("{\"StartAt\": \"T\", \"States\": {"
                + "\"T\": {\"Type\": \"Task\", \"Resource\": \"r\", \"InputPath\": \"$.req\","
                + " \"Parameters\": {\"who.$\": \"$.name\", \"greeting.$\": \"States.Format('hi {}', $.name)\", \"n\": 1},"
                + " \"ResultSelector\": {\"id.$\": \"$.ResponseBody.id\", \"text.$\": \"States.JsonToString($.ResponseBody)\"},"
                + " \"ResultPath\": \"$.result\", \"OutputPath\": \"$.result\", \"Next\": \"P\"},"
                + "\"P\": {\"Type\": \"Pass\", \"Parameters\": {\"all.$\": \"$\", \"arr.$\": \"States.Array($.id, 'x')\"},"
                + " \"End\": true}}}", "{\"req\": {\"name\": \"Ann\"}}", task);

        assertThat(task.calls.get(0)).isEqualTo(JSON.readTree("{\"who\": \"Ann\", \"greeting\": \"hi Ann\", \"n\": 1}"));
        assertThat(execution.status()).isEqualTo("SUCCEEDED");
        assertThat(execution.output()).isEqualTo(JSON.readTree(
                "{\"all\": {\"id\": 7, \"text\": \"{\\\"id\\\":7}\"}, \"arr\": [7, \"x\"]}"));
    }

    @Test
    void choiceRulesPickTheBranch() throws Exception {
        String definition = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": ["
                + "{\"And\": [{\"Variable\": \"$.n\", \"NumericGreaterThan\": 5}, {\"Variable\": \"$.s\", \"StringMatches\": \"a*z\"}], \"Next\": \"Big\"},"
                + "{\"Not\": {\"Variable\": \"$.missing\", \"IsPresent\": true}, \"Next\": \"Small\"}]},"
                + "\"Big\": {\"Type\": \"Succeed\"}, \"Small\": {\"Type\": \"Fail\", \"Error\": \"E.Small\", \"Cause\": \"c\"}}}";

        assertThat(run(definition, "{\"n\": 9, \"s\": \"abcz\"}", new ScriptedTask()).status()).isEqualTo("SUCCEEDED");
        Execution small = run(definition, "{\"n\": 1, \"s\": \"abcz\"}", new ScriptedTask());
        assertThat(small.status()).isEqualTo("FAILED");
        assertThat(small.error()).isEqualTo("E.Small");
    }

    @Test
    void catchRoutesAnErrorWithItsCause() throws Exception {
        ScriptedTask task = new ScriptedTask();
        task.script.add("States.Http.StatusCode.404");
        Execution execution = run("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"r\","
                + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.err\", \"Next\": \"P\"}], \"End\": true},"
                + "\"P\": {\"Type\": \"Pass\", \"End\": true}}}", "{\"a\": 1}", task);

        assertThat(execution.output()).isEqualTo(JSON.readTree(
                "{\"a\": 1, \"err\": {\"Error\": \"States.Http.StatusCode.404\", \"Cause\": \"cause of States.Http.StatusCode.404\"}}"));
    }

    @Test
    void statesAllCatchesNeitherRuntimeErrorsNorRetriesThem() throws Exception {
        ScriptedTask task = new ScriptedTask();
        task.script.add(StatesError.RUNTIME);
        Execution execution = run("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"r\","
                + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}],"
                + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"P\"}], \"End\": true},"
                + "\"P\": {\"Type\": \"Pass\", \"End\": true}}}", "{}", task);

        assertThat(execution.status()).isEqualTo("FAILED");
        assertThat(execution.error()).isEqualTo(StatesError.RUNTIME);
        assertThat(task.calls).hasSize(1);
    }

    @Test
    void taskFailedCatchesAllButTimeouts() throws Exception {
        String definition = "{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\", \"Resource\": \"r\","
                + " \"Catch\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"Next\": \"P\"}], \"End\": true},"
                + "\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
        ScriptedTask failing = new ScriptedTask();
        failing.script.add("States.Http.StatusCode.500");
        ScriptedTask timingOut = new ScriptedTask();
        timingOut.script.add(StatesError.TIMEOUT);

        assertThat(run(definition, "{}", failing).status()).isEqualTo("SUCCEEDED");
        assertThat(run(definition, "{}", timingOut).error()).isEqualTo(StatesError.TIMEOUT);
    }

    @Test
    void intrinsicsFollowTheDocumentedEdgeCases() throws Exception {
        Execution execution = run("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Parameters\": {"
                + "\"braces.$\": \"States.Format('a \\\\{\\\\} {} it\\\\'s', $.s)\","
                + "\"parts.$\": \"States.StringSplit('This.is+a,test=string', '.+,=')\","
                + "\"id.$\": \"States.Format('{}', $$.Execution.Id)\"}, \"End\": true}}}", "{\"s\": \"x\"}",
                new ScriptedTask());

        assertThat(execution.output().path("braces").asText()).isEqualTo("a {} x it's");
        assertThat(execution.output().path("parts")).isEqualTo(JSON.readTree(
                "[\"This\", \"is\", \"a\", \"test\", \"string\"]"));
        assertThat(execution.output().path("id").asText()).startsWith("arn:aws:states:local:");
    }

    @Test
    void aPassResultWinsOverItsParameters() throws Exception {
        Execution execution = run("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\","
                + " \"Parameters\": {\"p\": 1}, \"Result\": {\"r\": 1}, \"End\": true}}}", "{}", new ScriptedTask());

        assertThat(execution.output()).isEqualTo(JSON.readTree("{\"r\": 1}"));
    }

    @Test
    void retriesBackOffUpToTheirCap() throws Exception {
        ScriptedTask task = new ScriptedTask();
        task.script.add("Boom");
        VirtualTiming timing = new VirtualTiming(1.0);
        Execution execution = new StateMachineInterpreter(JSON.readTree("{\"StartAt\": \"T\", \"States\": {\"T\": {"
                + "\"Type\": \"Task\", \"Resource\": \"r\", \"Retry\": [{\"ErrorEquals\": [\"Boom\"], \"IntervalSeconds\": 1,"
                + " \"BackoffRate\": 3, \"MaxAttempts\": 4, \"MaxDelaySeconds\": 5}], \"End\": true}}}"), task, timing,
                new Trace(l -> { })).run(JSON.readTree("{}"));

        assertThat(execution.error()).isEqualTo("Boom");
        assertThat(task.calls).hasSize(5);
        assertThat(timing.waits).containsExactly(1000L, 3000L, 5000L, 5000L);
    }
}
