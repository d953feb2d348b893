package io.github.samhttp.core.aws;

import java.util.List;

/** What CloudWatch Logs and Step Functions logging accept. */
public final class CloudWatchLogs {

    /** The values CloudWatch Logs accepts for RetentionInDays. */
    public static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** A state machine's log levels. */
    public static final List<String> LOG_LEVELS = List.of("ALL", "ERROR", "FATAL", "OFF");

    private CloudWatchLogs() {
    }
}
