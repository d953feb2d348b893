package io.github.samhttp.core.model;

/**
 * The CloudWatch alarms of a service: per state machine on failed, timed-out and throttled executions, per API on
 * server errors and latency. Each alarm fires when its metric reaches its threshold in {@code evaluationPeriods}
 * consecutive periods of {@code periodSeconds}.
 *
 * @param enabled whether the alarms are generated ({@code alarms: false} turns them off)
 * @param topicArn an existing SNS topic the alarms notify, or null
 * @param email an address subscribed to a topic made for the alarms, or null
 * @param periodSeconds the length of one period
 * @param evaluationPeriods how many periods in a row must breach
 * @param failedExecutions the failed executions in a period that fire the alarm
 * @param timedOutExecutions the timed-out executions in a period that fire the alarm
 * @param throttledExecutions the throttled state transitions in a period that fire the alarm
 * @param serverErrors the API's 5xx answers in a period that fire the alarm
 * @param latencyMillis the API's 95th-percentile latency that fires the alarm
 */
public record Alarms(boolean enabled, String topicArn, String email, int periodSeconds, int evaluationPeriods,
        int failedExecutions, int timedOutExecutions, int throttledExecutions, int serverErrors, int latencyMillis) {

    /** On, notifying nobody (nothing to set up in a fresh account), one bad event in five minutes fires. */
    public static final Alarms DEFAULT = new Alarms(true, null, null, 300, 1, 1, 1, 1, 1, 10_000);
    public static final Alarms OFF = new Alarms(false, null, null, 300, 1, 1, 1, 1, 1, 10_000);

    /** Whether an alarm notifies anyone: through an existing topic or one made for an email address. */
    public boolean notifies() {
        return topicArn != null || email != null;
    }
}
