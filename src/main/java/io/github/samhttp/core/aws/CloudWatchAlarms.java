package io.github.samhttp.core.aws;

import java.util.regex.Pattern;

/** What CloudWatch alarms and dashboards, and the SNS topics alarms notify, accept. */
public final class CloudWatchAlarms {

    /** An alarm on a metric of standard resolution (Step Functions, API Gateway) evaluates whole minutes. */
    public static final int PERIOD_UNIT_SECONDS = 60;
    /** The periods an alarm evaluates together may span at most one day, or seven with periods of an hour or more. */
    public static final int MAX_EVALUATION_SECONDS = 86_400;
    public static final int MAX_EVALUATION_SECONDS_HOURLY = 604_800;
    public static final int HOUR_SECONDS = 3_600;
    /**
     * A standard SNS topic's ARN in any partition. FIFO topics ({@code .fifo}) cannot be an alarm's action, so the
     * pattern leaves out the dot.
     */
    public static final Pattern TOPIC_ARN = Pattern.compile(
            "arn:aws(-[a-z]+)*:sns:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:[A-Za-z0-9_-]{1,256}");
    private CloudWatchAlarms() {
    }

    /** The longest span {@code periods} of {@code periodSeconds} may cover together. */
    public static int maxEvaluationSeconds(int periodSeconds) {
        return periodSeconds >= HOUR_SECONDS ? MAX_EVALUATION_SECONDS_HOURLY : MAX_EVALUATION_SECONDS;
    }
}
