package io.github.samhttp.core.model;

/** How an API request runs its integration: the caller waits for the answer, or gets 202 and asks for it later. */
public enum Mode {
    /** StartSyncExecution: the answer comes back on the request (an EXPRESS workflow). */
    SYNC,
    /** StartExecution of a STANDARD workflow: 202 at once, then {@code GET <path>/executions/{executionId}}. */
    ASYNC
}
