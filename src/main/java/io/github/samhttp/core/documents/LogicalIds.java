package io.github.samhttp.core.documents;

import io.github.samhttp.core.model.RequestShaping;

/** The logical IDs of the generated resources, shared by the template and the OpenAPI body that refers to them. */
final class LogicalIds {

    static final String API = "Api";
    static final String API_ROLE = "ApiRole";
    static final String API_KEY = "ApiKey";
    static final String USAGE_PLAN = "UsagePlan";
    static final String USAGE_PLAN_KEY = "UsagePlanKey";
    /** The state machine's event (SAM names the rule or schedule after it: StateMachineTrigger). */
    static final String TRIGGER_EVENT = "Trigger";

    /** The DefinitionSubstitutions placeholder for the connection ARN in the ASL file. */
    static final String CONNECTION_ARN_PLACEHOLDER = RequestShaping.CONNECTION_ARN_SUBSTITUTION;

    /** The template parameter that fills the endpoint placeholder {@code name} at deploy time. */
    static String endpointParameter(String name) {
        return "Endpoint" + name;
    }

    private LogicalIds() {
    }
}
