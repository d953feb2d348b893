package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.local.Trace;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs an Amazon States Language definition (JSONPath mode) the way an Express execution would: Task, Pass,
 * Choice, Succeed and Fail states; InputPath, Parameters, ResultSelector, ResultPath, OutputPath; Retry with
 * IntervalSeconds, BackoffRate, MaxAttempts, MaxDelaySeconds and JitterStrategy; Catch; TimeoutSeconds on tasks
 * and on the whole machine.
 */
public final class StateMachineInterpreter {

    private final JsonNode definition;
    private final TaskRunner tasks;
    private final Timing timing;
    private final Trace trace;

    public StateMachineInterpreter(JsonNode definition, TaskRunner tasks, Timing timing, Trace trace) {
        this.definition = definition;
        this.tasks = tasks;
        this.timing = timing;
        this.trace = trace;
    }

    /** Runs to the end; an execution over the machine's TimeoutSeconds ends TIMED_OUT. */
    public Execution run(JsonNode input) throws InterruptedException {
        long start = timing.nowMillis();
        long deadline = definition.has("TimeoutSeconds")
                ? start + definition.get("TimeoutSeconds").asLong() * 1000 : Long.MAX_VALUE;
        ObjectNode context = JsonNodeFactory.instance.objectNode();
        String executionId = "arn:aws:states:local:000000000000:express:local:" + java.util.UUID.randomUUID();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", executionId).put("Name", executionId.substring(executionId.lastIndexOf(':') + 1))
                .put("StartTime", java.time.Instant.now().toString())
                .put("RoleArn", "arn:aws:iam::000000000000:role/local");
        execution.set("Input", input);
        context.putObject("StateMachine").put("Id", "arn:aws:states:local:000000000000:stateMachine:local")
                .put("Name", "local");
        String name = definition.path("StartAt").asText();
        JsonNode data = input;
        try {
            while (true) {
                if (timing.nowMillis() >= deadline) {
                    trace.add("execution timed out after " + definition.get("TimeoutSeconds").asLong() + " s");
                    return Execution.timedOut();
                }
                JsonNode state = definition.path("States").get(name);
                if (state == null) {
                    return Execution.failed(StatesError.RUNTIME, "no state named '" + name + "'");
                }
                String type = state.path("Type").asText();
                trace.add("state '" + name + "' (" + type + ")");
                context.putObject("State").put("Name", name).put("EnteredTime", java.time.Instant.now().toString())
                        .put("RetryCount", 0);
                Step step = step(type, state, data, context, deadline);
                if (tasks.heldRequest() != null) {
                    return Execution.held(tasks.heldRequest());
                }
                if (step.timedOut) {
                    trace.add("execution timed out after " + definition.get("TimeoutSeconds").asLong() + " s");
                    return Execution.timedOut();
                }
                if (step.failure != null) {
                    trace.add("execution failed: " + step.failure.error());
                    return Execution.failed(step.failure.error(), step.failure.cause());
                }
                data = step.output;
                if (step.next == null) {
                    trace.add("execution succeeded");
                    return Execution.succeeded(data);
                }
                name = step.next;
            }
        } catch (StatesError e) {
            trace.add("execution failed: " + e.error());
            return Execution.failed(e.error(), e.cause());
        }
    }

    /** The outcome of one state: its output and next state (null at the end), or a failure. */
    private record Step(JsonNode output, String next, StatesError failure, boolean timedOut) {
        static Step next(JsonNode output, JsonNode state) {
            return new Step(output, state.path("End").asBoolean() ? null : state.path("Next").asText(), null, false);
        }
    }

    private Step step(String type, JsonNode state, JsonNode raw, JsonNode context, long deadline)
            throws StatesError, InterruptedException {
        switch (type) {
            case "Pass": {
                JsonNode input = Paths.select(raw, state.get("InputPath"));
                // Result, when present, is the result; Parameters only shapes the input otherwise passed on.
                JsonNode result = state.has("Result") ? state.get("Result")
                        : state.has("Parameters") ? PayloadTemplate.apply(state.get("Parameters"), input, context)
                        : input;
                return Step.next(output(state, raw, result), state);
            }
            case "Task":
                return task(state, raw, context, deadline);
            case "Choice": {
                JsonNode input = Paths.select(raw, state.get("InputPath"));
                for (JsonNode rule : state.path("Choices")) {
                    if (ChoiceRules.matches(rule, input)) {
                        return new Step(Paths.select(input, state.get("OutputPath")), rule.path("Next").asText(), null,
                                false);
                    }
                }
                if (state.has("Default")) {
                    return new Step(Paths.select(input, state.get("OutputPath")), state.get("Default").asText(), null,
                            false);
                }
                return new Step(null, null, new StatesError("States.NoChoiceMatched", "no choice rule matched"),
                        false);
            }
            case "Succeed": {
                JsonNode input = Paths.select(raw, state.get("InputPath"));
                return new Step(Paths.select(input, state.get("OutputPath")), null, null, false);
            }
            case "Fail":
                return new Step(null, null, new StatesError(state.path("Error").asText("States.Fail"),
                        state.path("Cause").asText("")), false);
            default:
                throw new StatesError(StatesError.RUNTIME, "state type " + type + " is not supported locally");
        }
    }

    private JsonNode output(JsonNode state, JsonNode raw, JsonNode result) throws StatesError {
        return Paths.select(Paths.place(raw, result, state.get("ResultPath")), state.get("OutputPath"));
    }

    private Step task(JsonNode state, JsonNode raw, JsonNode context, long deadline)
            throws StatesError, InterruptedException {
        JsonNode input = Paths.select(raw, state.get("InputPath"));
        JsonNode parameters = state.has("Parameters") ? PayloadTemplate.apply(state.get("Parameters"), input, context)
                : input;
        String resource = state.path("Resource").asText();
        long taskTimeout = state.has("TimeoutSeconds") ? state.get("TimeoutSeconds").asLong() * 1000 : 99_999_000L;
        Map<Integer, Integer> retries = new HashMap<>();
        while (true) {
            long remaining = deadline - timing.nowMillis();
            if (remaining <= 0) {
                return new Step(null, null, null, true);
            }
            StatesError failure;
            try {
                JsonNode result = tasks.run(resource, parameters, Math.min(taskTimeout, remaining));
                if (state.has("ResultSelector")) {
                    result = PayloadTemplate.apply(state.get("ResultSelector"), result, context);
                }
                return Step.next(output(state, raw, result), state);
            } catch (StatesError e) {
                failure = e;
            }
            if (failure.error().equals(StatesError.TIMEOUT) && timing.nowMillis() >= deadline) {
                return new Step(null, null, null, true);
            }
            long wait = retryWait(state.path("Retry"), failure, retries);
            if (wait >= 0) {
                timing.sleep(Math.min(wait, Math.max(0, deadline - timing.nowMillis())));
                continue;
            }
            JsonNode handler = catcher(state.path("Catch"), failure);
            if (handler != null) {
                trace.add("caught " + failure.error() + ", going to '" + handler.path("Next").asText() + "'");
                ObjectNode error = JsonNodeFactory.instance.objectNode()
                        .put("Error", failure.error()).put("Cause", failure.cause());
                JsonNode placed = Paths.place(raw, error, handler.get("ResultPath"));
                return new Step(placed, handler.path("Next").asText(), null, false);
            }
            return new Step(null, null, failure, false);
        }
    }

    /** The wait before the next attempt in milliseconds, or -1 when no retrier has attempts left. */
    private long retryWait(JsonNode retriers, StatesError failure, Map<Integer, Integer> counts) {
        for (int i = 0; i < retriers.size(); i++) {
            JsonNode retrier = retriers.get(i);
            if (!matchesAny(retrier.path("ErrorEquals"), failure)) {
                continue;
            }
            int done = counts.getOrDefault(i, 0);
            int max = retrier.path("MaxAttempts").asInt(3);
            if (done >= max) {
                trace.add(failure.error() + ": no retries left (" + max + " used)");
                return -1;
            }
            counts.put(i, done + 1);
            double interval = retrier.path("IntervalSeconds").asDouble(1) * 1000
                    * Math.pow(retrier.path("BackoffRate").asDouble(2.0), done);
            if (retrier.has("MaxDelaySeconds")) {
                interval = Math.min(interval, retrier.get("MaxDelaySeconds").asDouble() * 1000);
            }
            if ("FULL".equals(retrier.path("JitterStrategy").asText())) {
                interval = interval * timing.random();
            }
            long wait = Math.round(interval);
            trace.add("retry " + (done + 1) + "/" + max + " after " + failure.error() + ", waiting " + wait + " ms");
            return wait;
        }
        return -1;
    }

    private static JsonNode catcher(JsonNode catchers, StatesError failure) {
        for (JsonNode catcher : catchers) {
            if (matchesAny(catcher.path("ErrorEquals"), failure)) {
                return catcher;
            }
        }
        return null;
    }

    private static boolean matchesAny(JsonNode names, StatesError failure) {
        for (JsonNode name : names) {
            if (failure.matches(name.asText())) {
                return true;
            }
        }
        return false;
    }
}
