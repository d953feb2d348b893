package io.github.samhttp.core.model;

/**
 * How the integration's state machine logs.
 *
 * @param logLevel the state machine's log level: ALL, ERROR, FATAL or OFF
 * @param logRetentionDays how long CloudWatch keeps the state machine's logs
 */
public record Operations(String logLevel, int logRetentionDays) {

    public static final Operations DEFAULT = new Operations("ERROR", 30);
}
