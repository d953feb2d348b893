package io.github.samhttp.core.model;

import java.math.BigDecimal;

/**
 * How the HTTP Task retries throttling (429), server errors (500, 502, 503, 504) and socket errors.
 * {@code maxAttempts == 0} means no retry.
 */
public record RetryPolicy(int maxAttempts, int intervalSeconds, BigDecimal backoffRate, int maxDelaySeconds) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(2, 1, new BigDecimal("2"), 4);
    /** The longest first wait while a caller waits for the answer. */
    public static final int MAX_WAITING_INTERVAL_SECONDS = 10;
    /** The longest first wait and wait when nobody waits (event triggers, ASYNC routes): retries in minutes. */
    public static final int MAX_ASYNC_INTERVAL_SECONDS = 300;
    public static final int MAX_ASYNC_DELAY_SECONDS = 900;

    /** The longest the waits between attempts can add up to. */
    public int worstCaseWaitSeconds() {
        double total = 0;
        double interval = intervalSeconds;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            total += Math.min(interval, maxDelaySeconds);
            interval *= backoffRate.doubleValue();
        }
        return (int) Math.ceil(total);
    }
}
