package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.model.Workflow;
import java.util.List;
import java.util.regex.Pattern;

/** What starts the workflow (an API, an EventBridge rule or a schedule), and what each rules out. */
final class TriggerRules {

    static final List<String> TRIGGER_TYPES = List.of("REST_API", "HTTP_API", "EVENTBRIDGE", "SCHEDULE");
    /** Keys that only mean something when an API request starts the workflow. */
    static final List<String> API_ONLY_KEYS = List.of("stage", "path", "apiAuth", "forwardQuery", "forwardHeaders",
            "requestSchema", "errorStatus");
    /** Keys that need the REST API's mapping templates and models. */
    static final List<String> REST_ONLY_KEYS = List.of("forwardQuery", "forwardHeaders", "requestSchema");
    private static final Pattern EVENT_BUS = Pattern.compile("[A-Za-z0-9._\\-/]{1,256}");
    private static final Pattern SCHEDULE_EXPRESSION = Pattern.compile(
            "rate\\([1-9][0-9]{0,5} (minute|minutes|hour|hours|day|days)\\)|cron\\([0-9A-Za-z*?,/#L W-]{9,100}\\)"
                    + "|at\\([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\)");
    private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+/-]{0,49}");

    private final FieldReader fields;

    TriggerRules(FieldReader fields) {
        this.fields = fields;
    }

    /** What starts the workflow: 'REST_API' (the default) or 'HTTP_API', or a mapping with its type. */
    Trigger trigger() {
        JsonNode node = fields.at("trigger");
        if (node.isMissingNode()) {
            return new Trigger.RestApi();
        }
        String type = node.isObject() ? fields.text("trigger.type", true) : fields.text("trigger", true);
        if (type == null) {
            return null;
        }
        String field = node.isObject() ? "trigger.type" : "trigger";
        if (!TRIGGER_TYPES.contains(type)) {
            fields.addProblem(field, type, "not one of " + String.join(", ", TRIGGER_TYPES),
                    FieldReader.suggestion(type, TRIGGER_TYPES, "use one of " + String.join(", ", TRIGGER_TYPES)));
            return null;
        }
        if (!node.isObject() && (type.equals("EVENTBRIDGE") || type.equals("SCHEDULE"))) {
            fields.addProblem("trigger", type, "an " + type + " trigger needs its settings", type.equals("EVENTBRIDGE")
                    ? "write 'trigger:' then indented 'type: EVENTBRIDGE' and 'pattern: {source: [com.example]}'"
                    : "write 'trigger:' then indented 'type: SCHEDULE' and 'expression: rate(1 hour)'");
            return null;
        }
        switch (type) {
            case "REST_API":
                fields.rejectUnknownKeys("trigger", List.of("type"));
                return new Trigger.RestApi();
            case "HTTP_API":
                fields.rejectUnknownKeys("trigger", List.of("type"));
                return new Trigger.HttpApi();
            case "EVENTBRIDGE":
                return eventBridge();
            default:
                return schedule();
        }
    }

    private Trigger eventBridge() {
        fields.rejectUnknownKeys("trigger", List.of("type", "eventBus", "pattern", "deadLetterQueue"));
        String bus = fields.pattern("trigger.eventBus", EVENT_BUS, 256, "default",
                "write the event bus name, e.g. 'orders' (the account's bus is 'default')");
        JsonNode pattern = fields.at("trigger.pattern");
        if (pattern.isMissingNode()) {
            fields.addProblem("trigger.pattern", null, "missing: the rule needs an event pattern",
                    "add 'pattern: {source: [com.example.orders], detail-type: [OrderPlaced]}'");
            return null;
        }
        if (!pattern.isObject() || pattern.isEmpty()) {
            fields.addProblem("trigger.pattern", pattern.toString(), "an event pattern is a non-empty mapping",
                    "write e.g. 'pattern: {source: [com.example.orders]}'");
            return null;
        }
        if (!fields.noReferences("trigger.pattern", pattern)) {
            return null;
        }
        return new Trigger.EventBridge(bus, (ObjectNode) FieldReader.sortedKeys(pattern),
                fields.bool("trigger.deadLetterQueue", true));
    }

    private Trigger schedule() {
        fields.rejectUnknownKeys("trigger", List.of("type", "expression", "timezone", "input", "deadLetterQueue"));
        String expression = fields.text("trigger.expression", true);
        if (expression != null && !SCHEDULE_EXPRESSION.matcher(expression).matches()) {
            fields.addProblem("trigger.expression", expression, "not a schedule expression",
                    "write 'rate(5 minutes)', 'cron(0 12 * * ? *)' or 'at(2030-01-01T09:00:00)'");
        }
        String timezone = fields.has("trigger.timezone")
                ? fields.pattern("trigger.timezone", TIMEZONE, 50, null, "write an IANA time zone, e.g. 'Europe/Paris'")
                : null;
        JsonNode input = fields.at("trigger.input");
        if (input.isMissingNode()) {
            input = fields.descriptor().root().objectNode();
        } else if (!input.isObject()) {
            fields.addProblem("trigger.input", input.toString(), "the execution input must be a mapping",
                    "write e.g. 'input: {report: daily}'");
        } else {
            fields.noReferences("trigger.input", input);
        }
        return new Trigger.Schedule(expression, timezone, FieldReader.sortedKeys(input),
                fields.bool("trigger.deadLetterQueue", true));
    }

    /** What an event trigger, an HTTP API and STANDARD rule out. */
    void triggerRules(Trigger trigger, Workflow workflow) {
        if (trigger instanceof Trigger.HttpApi) {
            fields.warn(fields.at("trigger").isObject() ? "trigger.type" : "trigger", "HTTP_API", "an HTTP API cannot"
                    + " rewrite answers: every call gets 200 with StartSyncExecution's result (read its 'status',"
                    + " then 'output' or 'error'), also when the third party failed or timed out",
                    "use REST_API (the default) to answer with the third party's status codes");
        }
        if (workflow == Workflow.STANDARD && trigger.synchronous()) {
            fields.addProblem("workflow", "STANDARD", "a STANDARD workflow cannot answer an API request (API Gateway"
                    + " waits for StartSyncExecution, which runs EXPRESS workflows only)",
                    "remove 'workflow', or start the workflow from an EVENTBRIDGE or SCHEDULE trigger");
        }
        List<String> ruledOut = trigger.synchronous() ? trigger instanceof Trigger.HttpApi ? REST_ONLY_KEYS
                : List.of() : API_ONLY_KEYS;
        for (String key : ruledOut) {
            if (fields.has(key)) {
                fields.addKeyProblem(key, key, trigger instanceof Trigger.HttpApi ? "an HTTP API has no mapping"
                        + " templates or models to do this" : "an " + trigger.type() + " trigger has no API request",
                        "remove it" + (trigger instanceof Trigger.HttpApi ? ", or use 'trigger: REST_API'" : ""));
            }
        }
    }
}
