package io.github.samhttp.core.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.local.http.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Step Functions' API as API Gateway calls it: StartSyncExecution (the execution runs while the caller waits),
 * StartExecution (a STANDARD execution on a thread of its own, named or not) and DescribeExecution, with the checks
 * and refusals each makes. Ended executions are kept in a folder, when there is one, for a later run to describe.
 */
final class StepFunctionsApi {

    /** Runs one execution to its end: its status, output, error and cause, as StartSyncExecution gives them. */
    interface Executions {
        ObjectNode run(String arn, String kind, JsonNode definition, JsonNode input, Trace trace,
                Map<String, Connection> connections) throws InterruptedException;
    }

    /** What StartExecution takes as a name (and so what a described execution ARN ends with). */
    private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]{1,80}");
    private static final Pattern EXECUTION_ARN = Pattern.compile("arn:aws[a-z-]*:states:[^:]+:[0-9]{12}:execution:"
            + "([^:]+):(" + NAME.pattern() + ")");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Started(String arn, String stateMachineArn, String name, String input, long startMillis,
            Future<ObjectNode> result) {
    }

    private final LocalProject project;
    private final ProjectValues values;
    private final Executions executions;
    private final boolean inline;
    private final Path folder;
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    /**
     * @param inline run started executions on the caller's thread (a dry run)
     * @param folder where ended executions are kept, or null
     */
    StepFunctionsApi(LocalProject project, ProjectValues values, Executions executions, boolean inline, Path folder) {
        this.project = project;
        this.values = values;
        this.executions = executions;
        this.inline = inline;
        this.folder = folder;
    }

    /** The action's answer (its 200 body), or its refusal. */
    ObjectNode call(String action, String requestText, Trace trace, Map<String, String> parameterValues)
            throws Refused, SamHttpException, InterruptedException {
        JsonNode request;
        try {
            request = JSON.readTree(requestText);
        } catch (IOException e) {
            throw new Refused(400, "SerializationException", "the request is not valid JSON");
        }
        switch (action) {
            case "StartSyncExecution":
                return startSync(request, trace, parameterValues);
            case "StartExecution":
                return start(request, trace, parameterValues);
            case "DescribeExecution":
                return describe(request.path("executionArn").asText());
            default:
                throw new IllegalStateException("the local runtime does not run states:" + action);
        }
    }

    private ObjectNode startSync(JsonNode request, Trace trace, Map<String, String> parameterValues)
            throws Refused, SamHttpException, InterruptedException {
        String arn = request.path("stateMachineArn").asText();
        JsonNode definition = definition(arn, parameterValues);
        JsonNode input = input(request);
        Map<String, Connection> connections = values.connections(definition, trace);
        trace.add("StartSyncExecution: " + arn);
        return executions.run(arn, ":express:", definition, input, trace, connections);
    }

    /** StartExecution: a name used by a running execution with the same input gives that execution back. */
    private ObjectNode start(JsonNode request, Trace trace, Map<String, String> parameterValues)
            throws Refused, SamHttpException, InterruptedException {
        String stateMachineArn = request.path("stateMachineArn").asText();
        JsonNode definition = definition(stateMachineArn, parameterValues);
        JsonNode input = input(request);
        String name = request.has("name") ? request.path("name").asText() : UUID.randomUUID().toString();
        if (!NAME.matcher(name).matches()) {
            throw Refused.of("InvalidName", "Invalid Name: '" + name + "'");
        }
        String arn = stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + name;
        Started known = started.get(arn);
        if (known != null || stored(arn) != null) {
            if (known != null && !known.result().isDone() && known.input().equals(request.path("input").asText())) {
                trace.add("StartExecution: " + arn + " runs already with this input");
                return answer(known);
            }
            throw Refused.of("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
        }
        Map<String, Connection> connections = values.connections(definition, trace);
        trace.add("StartExecution: " + arn);
        // Kept once ended, within the task: whoever waits for it finds it kept.
        FutureTask<ObjectNode> task = new FutureTask<>(() -> {
            // Kept and described with the secrets this run used masked: a later DescribeExecution (another run,
            // another trace) and the kept file never hold what the third party echoed of them.
            ObjectNode result = (ObjectNode) JSON.readTree(trace.mask(executions.run(stateMachineArn, ":execution:",
                    definition, input, trace, connections).toString()));
            store(arn, stateMachineArn, name, request.path("input").asText(), result);
            return result;
        });
        Started execution = new Started(arn, stateMachineArn, name, request.path("input").asText(),
                System.currentTimeMillis(), task);
        if (started.putIfAbsent(arn, execution) != null) {
            throw Refused.of("ExecutionAlreadyExists", "Execution Already Exists: '" + arn + "'");
        }
        if (inline) {
            task.run();
            ObjectNode result = result(execution);
            if (io.github.samhttp.core.local.asl.Execution.DRY_RUN.equals(result.path("status").asText())) {
                return result;
            }
        } else {
            Thread thread = new Thread(task, "execution " + name);
            thread.setDaemon(true);
            thread.start();
        }
        return answer(execution);
    }

    private static ObjectNode answer(Started execution) {
        return JSON.createObjectNode().put("executionArn", execution.arn())
                .put("startDate", execution.startMillis() / 1000.0);
    }

    /** DescribeExecution: RUNNING until the execution ends, then its status, output, error and cause. */
    private ObjectNode describe(String arn) throws Refused, InterruptedException {
        if (!EXECUTION_ARN.matcher(arn).matches()) {
            throw Refused.of("InvalidArn", "Invalid Arn: '" + arn + "'");
        }
        Started execution = started.get(arn);
        if (execution == null) {
            ObjectNode stored = stored(arn);
            if (stored == null) {
                throw Refused.of("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
            }
            return stored;
        }
        if (!execution.result().isDone()) {
            return described(arn, execution.stateMachineArn(), execution.name(), execution.input())
                    .put("status", "RUNNING");
        }
        return described(arn, execution.stateMachineArn(), execution.name(), execution.input(), result(execution));
    }

    private static ObjectNode described(String arn, String stateMachineArn, String name, String input) {
        return JSON.createObjectNode().put("executionArn", arn).put("stateMachineArn", stateMachineArn)
                .put("name", name).put("input", input);
    }

    /** DescribeExecution's answer for an ended execution. */
    private static ObjectNode described(String arn, String stateMachineArn, String name, String input,
            ObjectNode result) {
        ObjectNode described = described(arn, stateMachineArn, name, input);
        described.put("status", result.path("status").asText());
        for (String field : new String[] {"output", "error", "cause"}) {
            if (result.hasNonNull(field)) {
                described.put(field, result.path(field).asText());
            }
        }
        return described;
    }

    /** Waits for every started execution to end. */
    void awaitAll() throws InterruptedException {
        for (Started execution : started.values()) {
            result(execution);
        }
    }

    private static ObjectNode result(Started execution) throws InterruptedException {
        try {
            return execution.result().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the execution " + execution.name() + " failed to run", e.getCause());
        }
    }

    /** Keeps an ended execution for a later run (invoke with the status route's path). */
    private void store(String arn, String stateMachineArn, String name, String input, ObjectNode result) {
        if (folder == null || io.github.samhttp.core.local.asl.Execution.DRY_RUN.equals(
                result.path("status").asText())) {
            return;
        }
        try {
            Path file = file(arn);
            Files.createDirectories(file.getParent());
            Files.writeString(file, described(arn, stateMachineArn, name, input, result).toString(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode stored(String arn) {
        if (folder == null) {
            return null;
        }
        Path file = file(arn);
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String arn) {
        java.util.regex.Matcher parts = EXECUTION_ARN.matcher(arn);
        if (!parts.matches()) {
            throw new IllegalArgumentException(arn);
        }
        return folder.resolve(parts.group(1)).resolve(parts.group(2) + ".json");
    }

    private JsonNode definition(String arn, Map<String, String> parameterValues) throws Refused {
        JsonNode definition;
        try {
            definition = project.definition(arn, parameterValues);
        } catch (IOException e) {
            throw new IllegalStateException("the definition of " + arn + " is not JSON with its parameters set", e);
        }
        if (definition == null) {
            throw Refused.of("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return definition;
    }

    /** The execution input: a JSON document in a string of at most 262,144 bytes. */
    private static JsonNode input(JsonNode request) throws Refused {
        JsonNode inputText = request.path("input");
        if (!inputText.isTextual()) {
            throw Refused.of("InvalidExecutionInput", "Invalid State Machine Execution Input: 'input must be a"
                    + " string'");
        }
        if (inputText.asText().getBytes(StandardCharsets.UTF_8).length > LocalRuntime.MAX_INPUT_BYTES) {
            throw new Refused(400, "com.amazon.coral.validate#ValidationException", "1 validation error"
                    + " detected: Value at 'input' failed to satisfy constraint: Member must have length less than"
                    + " or equal to " + LocalRuntime.MAX_INPUT_BYTES);
        }
        if (inputText.asText().isBlank()) {
            throw Refused.of("InvalidExecutionInput", "Invalid State Machine Execution Input: 'No content to map"
                    + " due to end-of-input'");
        }
        try {
            return JSON.readTree(inputText.asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Refused.of("InvalidExecutionInput", "Invalid State Machine Execution Input: '"
                    + e.getOriginalMessage() + "'");
        }
    }
}
