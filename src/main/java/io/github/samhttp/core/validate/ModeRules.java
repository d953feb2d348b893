package io.github.samhttp.core.validate;

import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.model.Workflow;

/** Whether an API request waits for its integration (SYNC) or gets 202 and a status route (ASYNC), and what each takes. */
final class ModeRules {

    private final FieldReader fields;

    ModeRules(FieldReader fields) {
        this.fields = fields;
    }

    /** The mode: ASYNC only behind a REST API, with no longer wait and no EXPRESS workflow. */
    Mode mode(Trigger trigger, String path) {
        Mode mode = fields.choice("mode", Mode.class, Mode.SYNC);
        if (mode != Mode.ASYNC) {
            if (fields.has("idempotencyHeader")) {
                fields.addKeyProblem("idempotencyHeader", "idempotencyHeader", "only an ASYNC integration names its"
                        + " executions", "add 'mode: ASYNC', or remove it");
            }
            return mode;
        }
        if (trigger instanceof Trigger.HttpApi) {
            fields.addProblem("mode", "ASYNC", "an HTTP API cannot answer 202 and the status route from its own"
                    + " templates", "use 'trigger: REST_API' (the default)");
        } else if (trigger != null && !trigger.synchronous()) {
            fields.addKeyProblem("mode", "mode", ShapeMessages.article(trigger.type()) + " " + trigger.type()
                    + " trigger starts its workflow"
                    + " asynchronously already", "remove it");
        }
        if (fields.text("workflow") != null && Workflow.valueOf(fields.text("workflow")) == Workflow.EXPRESS) {
            fields.addProblem("workflow", "EXPRESS", "an ASYNC integration runs a STANDARD workflow (Step Functions"
                    + " tells the status of STANDARD executions only)", "remove 'workflow'");
        }
        if (fields.has("apiTimeoutSeconds")) {
            fields.addKeyProblem("apiTimeoutSeconds", "apiTimeoutSeconds", "an ASYNC integration answers at once"
                    + " (202), so API Gateway never waits for the call", "remove it");
        }
        if ("/".equals(path)) {
            fields.addProblem("path", path, "an ASYNC route's status route lives under its path"
                    + " (<path>/executions/{" + Integration.EXECUTION_ID + "})", "give it a path, e.g. 'path: /exports'");
        } else if (path != null && path.contains("{" + Integration.EXECUTION_ID + "}")) {
            fields.addProblem("path", path, "'{" + Integration.EXECUTION_ID + "}' is the status route's own parameter ("
                    + path + "/executions/{" + Integration.EXECUTION_ID + "})", "name the parameter otherwise");
        }
        return mode;
    }
}
