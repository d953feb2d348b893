package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** Performs a Task state's resource. */
public interface TaskRunner {

    /**
     * Runs one attempt.
     *
     * @param timeoutMillis how long the attempt may take; past that the runner raises States.Timeout
     * @return the task's result
     */
    JsonNode run(String resource, JsonNode parameters, long timeoutMillis) throws StatesError, InterruptedException;

    /** In a dry run, the request the runner held back instead of sending; the execution stops there. */
    default String heldRequest() {
        return null;
    }
}
