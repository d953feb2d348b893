package io.github.samhttp.core.model;

/**
 * How many requests the API lets through: every route of the stage, and (with API keys) each key's usage plan.
 *
 * @param rateLimit the steady rate, in requests per second
 * @param burstLimit how many requests may arrive at once above the steady rate
 */
public record Throttle(int rateLimit, int burstLimit) {

    /** What an API gets when the descriptor sets nothing: one caller cannot run up the bill of every call. */
    public static final Throttle DEFAULT = new Throttle(10, 20);
}
