package io.github.samhttp.core.model;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the call to the third party takes from the API request and the deployment, beyond the body.
 *
 * @param pathParameters the API path's parameters, in order; each fills the endpoint placeholder of its name
 * @param endpointParameters endpoint placeholders filled at deploy time: name to SSM parameter name (with its
 *     leading '/' if any), sorted by name
 * @param query static query parameters sent on every call, sorted by name
 * @param forwardQuery query parameters copied from the API request when present, in descriptor order
 * @param forwardHeaders headers copied from the API request when present, in descriptor order
 * @param bodySchema the JSON Schema (draft 4, as API Gateway models are) the request body must match, or null
 */
public record RequestShaping(List<String> pathParameters, SortedMap<String, String> endpointParameters,
        SortedMap<String, String> query, List<String> forwardQuery, List<String> forwardHeaders,
        JsonValue bodySchema) {

    /** The DefinitionSubstitutions name of the connection's ARN: no endpoint parameter may take it. */
    public static final String CONNECTION_ARN_SUBSTITUTION = "ConnectionArn";

    public static final RequestShaping NONE = new RequestShaping(List.of(), new TreeMap<>(), new TreeMap<>(),
            List.of(), List.of(), null);
}
