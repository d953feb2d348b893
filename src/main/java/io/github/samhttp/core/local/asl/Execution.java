package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How an execution ended, as StartSyncExecution reports it.
 *
 * @param status SUCCEEDED, FAILED or TIMED_OUT
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

    static Execution timedOut() {
        return new Execution("TIMED_OUT", null, null, null);
    }
}
