package io.github.samhttp.core.model;

import java.math.BigDecimal;

/**
 * How the HTTP Task retries throttling (429), server errors (500, 502, 503, 504) and socket errors.
 * {@code maxAttempts == 0} means no retry.
 */
public record RetryPolicy(int maxAttempts, int intervalSeconds, BigDecimal backoffRate, int maxDelaySeconds) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(2, 1, new BigDecimal("2"), 4);

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
