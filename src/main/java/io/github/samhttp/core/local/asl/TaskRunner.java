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
}
