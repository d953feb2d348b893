package io.github.samhttp.core.model;

import io.github.samhttp.core.aws.ApiTimeouts;
import java.util.SortedMap;

/**
 * A validated integration: everything the documents need, with every default applied.
 *
 * @param name lowercase letters, digits and hyphens; names the stack, the API and the state machine file
 * @param endpoint the third-party HTTPS URL, with its placeholders
 * @param method the HTTP method sent to the third party
 * @param connection the connection the call goes through: its auth and what it adds to every call
 * @param path the API Gateway resource path, starting with '/'
 * @param requestBody JSONPath into the API request body that becomes the third-party body; null for no body
 * @param encoding JSON or URL_ENCODED
 * @param arrayFormat how a URL-encoded body writes arrays; null for the HTTP Task's default (INDICES)
 * @param headers static headers sent on every call, sorted by name
 * @param retry the retry policy
 * @param timeoutSeconds how long one call to the third party may take
 * @param operations logging
 * @param request path, query and header parameters taken from the API request or fixed
 * @param response the part of the third-party answer returned, and status overrides for errors
 * @param synchronous whether a caller waits for the answer (an API), or an event starts the workflow
 * @param workflow the state machine type
 * @param apiTimeoutSeconds how long API Gateway waits for the answer (an API only)
 * @param mode whether an API request waits for the answer or gets 202 and a status route
 * @param idempotencyHeader with ASYNC, the request header whose value names the execution, or null
 */
public record Integration(
        String name,
        Endpoint endpoint,
        HttpMethod method,
        Connection connection,
        String path,
        String requestBody,
        Encoding encoding,
        ArrayFormat arrayFormat,
        SortedMap<String, String> headers,
        RetryPolicy retry,
        int timeoutSeconds,
        Operations operations,
        RequestShaping request,
        ResponseShaping response,
        boolean synchronous,
        Workflow workflow,
        int apiTimeoutSeconds,
        Mode mode,
        String idempotencyHeader) {

    /**
     * The whole execution's limit: below API Gateway's 29-second integration timeout, so that the state machine
     * answers (with a 504) before API Gateway cuts the call off with its own bare 504.
     */
    public static final int EXECUTION_TIMEOUT_SECONDS = ApiTimeouts.executionSeconds(ApiTimeouts.DEFAULT_SECONDS);

    /** How long one call to the third party may take when the descriptor does not say. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 8;

    /** The whole execution's limit when nobody waits for it: Express workflows may run five minutes. */
    public static final int ASYNC_EXECUTION_TIMEOUT_SECONDS = 300;

    /** The HTTP Task's own limit for one call. */
    public static final int ASYNC_CALL_TIMEOUT_SECONDS = ApiTimeouts.HTTP_TASK_ATTEMPT_SECONDS;

    /** The whole execution's limit behind an API that answers 202 at once: a STANDARD workflow, an hour. */
    public static final int API_ASYNC_EXECUTION_TIMEOUT_SECONDS = 3600;

    /** The path parameter of an ASYNC route's status route. */
    public static final String EXECUTION_ID = "executionId";

    /** An ASYNC route's status route: {@code GET <path>/executions/{executionId}}. */
    public String statusPath() {
        return path + "/executions/{" + EXECUTION_ID + "}";
    }

    /** This integration's execution limit: just under API Gateway's wait behind an API that waits. */
    public int executionTimeoutSeconds() {
        if (mode == Mode.ASYNC) {
            return API_ASYNC_EXECUTION_TIMEOUT_SECONDS;
        }
        return synchronous ? ApiTimeouts.executionSeconds(apiTimeoutSeconds) : ASYNC_EXECUTION_TIMEOUT_SECONDS;
    }

}
