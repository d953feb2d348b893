package io.github.samhttp.core.model;

import java.util.SortedMap;

/**
 * What holds for the whole service (one stack, one API or event trigger), held once by the {@link Service}.
 *
 * @param stage the API Gateway stage
 * @param apiAuth how callers authenticate to the API
 * @param trigger what starts the workflows
 * @param tracing X-Ray tracing of the API and the state machines
 * @param tags tags on every resource that takes them, sorted by key
 * @param throttle the API's request limits (unused without an API)
 * @param alarms the CloudWatch alarms on the state machines and the API
 * @param dashboard whether a CloudWatch dashboard shows each integration's calls, errors and time
 * @param edges the API's custom domain, WAF web ACL and access logs
 */
public record ServiceSettings(String stage, ApiAuth apiAuth, Trigger trigger, boolean tracing,
        SortedMap<String, String> tags, Throttle throttle, Alarms alarms, boolean dashboard, ApiEdges edges) {

    /** The API Gateway stage when the descriptor does not name one. */
    public static final String DEFAULT_STAGE = "dev";
}
