package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How an execution ended, as StartSyncExecution reports it.
 *
 * @param status SUCCEEDED, FAILED or TIMED_OUT; locally also DRY_RUN, the cause then being the request held back
 * @param output the final output when SUCCEEDED, else null
 * @param error the error name when FAILED, else null
 * @param cause the error cause when FAILED, else null
 */
public record Execution(String status, JsonNode output, String error, String cause) {

    static Execution succeeded(JsonNode output) {
        return new Execution("SUCCEEDED", output, null, null);
    }

    static Execution failed(String error, String cause) {
        return new Execution("FAILED", null, error, cause);
    }

    /** A dry run, stopped before the first call went out. */
    public static final String DRY_RUN = "DRY_RUN";

    static Execution held(String request) {
        return new Execution(DRY_RUN, null, null, request);
    }

    static Execution timedOut() {
        return new Execution("TIMED_OUT", null, null, null);
    }
}
