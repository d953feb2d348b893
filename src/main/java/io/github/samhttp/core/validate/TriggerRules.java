package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.aws.ScheduleExpressions;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.model.Workflow;
import io.github.samhttp.core.aws.ApiTimeouts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What starts the workflow (an API, an EventBridge rule or a schedule), and what each rules out. */
final class TriggerRules {

    /** Keys that only mean something when an API request starts the workflow. */
    static final List<String> API_ONLY_KEYS = List.of("stage", "path", "apiAuth", "forwardQuery", "forwardHeaders",
            "requestSchema", "errorStatus", "throttle", "domain", "webAcl", "accessLogs", "cors", "endpointType",
            "vpcEndpointIds", "apiTimeoutSeconds", "idempotencyHeader");
    /** Keys only a REST API takes, and why an HTTP API does not. */
    static final Map<String, String> REST_ONLY_KEYS = restOnly();

    private static Map<String, String> restOnly() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("forwardQuery", "forwardHeaders", "requestSchema")) {
            keys.put(key, "an HTTP API has no mapping templates or models to do this");
        }
        keys.put("webAcl", "AWS WAF cannot be associated with an HTTP API");
        keys.put("endpointType", "an HTTP API is always regional");
        keys.put("vpcEndpointIds", "an HTTP API cannot be private");
        keys.put("idempotencyHeader", "an HTTP API has no ASYNC mode");
        keys.put("apiTimeoutSeconds", "an HTTP API waits at most " + ApiTimeouts.HTTP_API_SECONDS + " seconds (its"
                + " routes wait " + ApiTimeouts.DEFAULT_SECONDS + ", leaving the execution time to answer)");
        return java.util.Collections.unmodifiableMap(keys);
    }

    private final FieldReader fields;

    TriggerRules(FieldReader fields) {
        this.fields = fields;
    }

    /** What starts the workflow: 'REST_API' (the default) or 'HTTP_API', or a mapping with its type. */
    Trigger trigger() {
        JsonNode node = fields.at("trigger");
        if (node.isMissingNode()) {
            return fields.view().at("trigger").isMissingNode() ? new Trigger.RestApi() : null;
        }
        String type = node.isObject() ? fields.text("trigger.type") : node.asText();
        if (type == null) {
            return null;
        }
        switch (type) {
            case "REST_API":
                return new Trigger.RestApi();
            case "HTTP_API":
                return new Trigger.HttpApi();
            case "EVENTBRIDGE":
                return eventBridge();
            default:
                return schedule();
        }
    }

    private Trigger eventBridge() {
        JsonNode pattern = fields.at("trigger.pattern");
        if (pattern.isMissingNode()) {
            return null;
        }
        if (pattern.isEmpty()) {
            fields.addProblem("trigger.pattern", "{}", "an event pattern is a non-empty mapping",
                    "write e.g. 'pattern: {source: [com.example.orders]}'");
            return null;
        }
        return new Trigger.EventBridge(fields.text("trigger.eventBus", "default"),
                FieldReader.json(pattern), fields.bool("trigger.deadLetterQueue", true));
    }

    private Trigger schedule() {
        String expression = fields.text("trigger.expression");
        if (expression != null) {
            String problem = ScheduleExpressions.problem(expression);
            if (problem != null) {
                fields.addProblem("trigger.expression", expression, problem, ScheduleExpressions.fix(expression));
            }
        }
        String timezone = fields.text("trigger.timezone");
        if (timezone != null && !ScheduleExpressions.knownZone(timezone)) {
            String closest = Suggestions.closest(timezone, ScheduleExpressions.zones());
            fields.addProblem("trigger.timezone", timezone, "not a time zone of the tz database", closest != null
                    ? "did you mean '" + closest + "'?" : "write a zone such as 'Europe/Paris' or 'America/New_York'");
        }
        JsonNode input = fields.at("trigger.input");
        return new Trigger.Schedule(expression, timezone, FieldReader.json(input.isMissingNode()
                ? fields.view().root().objectNode() : input), fields.bool("trigger.deadLetterQueue", true));
    }

    /** What an event trigger, an HTTP API and STANDARD rule out. */
    void triggerRules(Trigger trigger, Workflow workflow, Mode mode) {
        if (trigger instanceof Trigger.HttpApi) {
            fields.warn(fields.at("trigger").isObject() ? "trigger.type" : "trigger", "HTTP_API", "an HTTP API cannot"
                    + " rewrite answers: every call gets 200 with StartSyncExecution's result (read its 'status',"
                    + " then 'output' or 'error'), also when the third party failed or timed out",
                    "use REST_API (the default) to answer with the third party's status codes");
        }
        if (workflow == Workflow.STANDARD && trigger.synchronous() && mode != Mode.ASYNC) {
            fields.addProblem("workflow", "STANDARD", "a STANDARD workflow cannot answer an API request (API Gateway"
                    + " waits for StartSyncExecution, which runs EXPRESS workflows only)",
                    "remove 'workflow', use 'mode: ASYNC' (202, then a status route), or start the workflow from"
                            + " an EVENTBRIDGE or SCHEDULE trigger");
        }
        List<String> ruledOut = trigger.synchronous() ? trigger instanceof Trigger.HttpApi
                ? List.copyOf(REST_ONLY_KEYS.keySet()) : List.of() : API_ONLY_KEYS;
        for (String key : ruledOut) {
            if (fields.has(key)) {
                fields.addKeyProblem(key, key, trigger instanceof Trigger.HttpApi ? REST_ONLY_KEYS.get(key)
                        : ShapeMessages.article(trigger.type()) + " " + trigger.type() + " trigger has no API request",
                        "remove it" + (trigger instanceof Trigger.HttpApi ? ", or use 'trigger: REST_API'" : ""));
            }
        }
    }
}
