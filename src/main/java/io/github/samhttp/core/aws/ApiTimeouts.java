package io.github.samhttp.core.aws;

/**
 * How long API Gateway waits for an integration, and how the state machine's budget is cut from it so that the
 * integration answers (a 504 of our own) before API Gateway gives up with its bare one.
 */
public final class ApiTimeouts {

    /** A REST API's integration timeout by default, and the most an edge-optimised API or an HTTP API waits. */
    public static final int DEFAULT_SECONDS = 29;
    /** The most an HTTP API waits for its integration, whatever is asked. */
    public static final int HTTP_API_SECONDS = 30;
    /** The most a Regional or private REST API may wait, once the account's quota is raised (June 2024). */
    public static final int MAX_SECONDS = 300;
    /** The execution stops this much before API Gateway gives up, leaving time to answer. */
    public static final int ANSWER_MARGIN_SECONDS = 2;
    /** The HTTP Task's own limit for one request, whatever TimeoutSeconds says. */
    public static final int HTTP_TASK_ATTEMPT_SECONDS = 60;
    /** The Service Quotas name of the quota to raise first. */
    public static final String QUOTA = "Maximum integration timeout in milliseconds";

    private ApiTimeouts() {
    }

    /** The state machine's budget behind an API that waits {@code apiSeconds}. */
    public static int executionSeconds(int apiSeconds) {
        return apiSeconds - ANSWER_MARGIN_SECONDS;
    }
}
