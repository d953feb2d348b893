package io.github.samhttp.core.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the integration is run and observed.
 *
 * @param tracing X-Ray tracing of the API and the state machine
 * @param logLevel the state machine's log level: ALL, ERROR, FATAL or OFF
 * @param logRetentionDays how long CloudWatch keeps the state machine's logs
 * @param tags tags on every resource that takes them, sorted by key
 */
public record Operations(boolean tracing, String logLevel, int logRetentionDays, SortedMap<String, String> tags) {

    public static final Operations DEFAULT = new Operations(false, "ERROR", 30, new TreeMap<>());


}
