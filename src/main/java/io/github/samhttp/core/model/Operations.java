package io.github.samhttp.core.model;

import java.util.List;
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

    public static final List<String> LOG_LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

    /** The values CloudWatch Logs accepts for RetentionInDays. */
    public static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
}
