package io.github.samhttp.core.shape;

import static io.github.samhttp.core.shape.DescriptorShape.code;
import static io.github.samhttp.core.shape.DescriptorShape.key;

import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.aws.CloudWatchAlarms;
import io.github.samhttp.core.model.Alarms;
import io.github.samhttp.core.model.Throttle;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Flag;
import io.github.samhttp.core.shape.Shape.Text;
import io.github.samhttp.core.shape.Shape.Toggle;
import io.github.samhttp.core.shape.Shape.Whole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service-wide keys that hold back and watch what is deployed: the API's throttle, the alarms, the dashboard.
 * Part of {@link DescriptorShape}'s declaration, after its service settings.
 */
final class WatchKeys {

    /** An address SNS can send an email subscription's confirmation to. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Set<Place> SERVICE_WIDE = EnumSet.of(Place.SINGLE, Place.SERVICE);
    private static final Set<Place> NESTED = EnumSet.noneOf(Place.class);

    static final List<Key> KEYS = List.of(
            key("throttle", new Fields(
                    key("rateLimit", new Whole(1, 10_000, "requests per second"), false,
                            code(Throttle.DEFAULT.rateLimit()), NESTED, "Requests per second, steadily."),
                    key("burstLimit", new Whole(1, 5_000, "requests"), false, code(Throttle.DEFAULT.burstLimit()),
                            NESTED, "Requests at once above the steady rate.")), false, null, SERVICE_WIDE,
                    "API Gateway's limits for every route of the stage, and (with API keys) each key's usage plan,"
                            + " e.g. `throttle: {rateLimit: 50, burstLimit: 100}`: requests over them are answered 429"
                            + " before any execution starts, so one caller cannot run up the bill of every call."
                            + " The account's own limit (10,000 per second by default) still applies."),
            key("alarms", new Toggle(new Fields(
                    key("email", new Text(254, EMAIL, "an email address such as 'ops@example.com'"), false, "none",
                            NESTED, "Creates an SNS topic the alarms notify, with this address subscribed (AWS"
                                    + " mails a confirmation link first)."),
                    key("topic", new Text(300, CloudWatchAlarms.TOPIC_ARN, "a standard SNS topic's ARN such as"
                            + " 'arn:aws:sns:eu-west-1:123456789012:ops' (FIFO topics cannot take alarms)"), false,
                            "none", NESTED, "An existing SNS topic the alarms notify, instead of `email`. If it is"
                                    + " encrypted, its key policy must let CloudWatch use the key."),
                    key("periodSeconds", new Whole(60, CloudWatchAlarms.MAX_EVALUATION_SECONDS, "seconds"), false,
                            code(Alarms.DEFAULT.periodSeconds()), NESTED, "The period each alarm counts over: a"
                                    + " multiple of 60."),
                    key("evaluationPeriods", new Whole(1, 1_440, "periods"), false,
                            code(Alarms.DEFAULT.evaluationPeriods()), NESTED, "How many periods in a row must reach"
                                    + " the threshold (together at most a day, or seven days with periods of an"
                                    + " hour or more)."),
                    key("failedExecutions", new Whole(1, 1_000_000, "executions"), false,
                            code(Alarms.DEFAULT.failedExecutions()), NESTED, "Failed executions in a period that"
                                    + " fire a state machine's alarm (`ExecutionsFailed`: third-party errors after"
                                    + " retries, requests refused by the state machine)."),
                    key("timedOutExecutions", new Whole(1, 1_000_000, "executions"), false,
                            code(Alarms.DEFAULT.timedOutExecutions()), NESTED, "Timed-out executions in a period"
                                    + " (`ExecutionsTimedOut`)."),
                    key("throttledExecutions", new Whole(1, 1_000_000, "transitions"), false,
                            code(Alarms.DEFAULT.throttledExecutions()), NESTED, "Throttled state transitions in a"
                                    + " period (`ExecutionThrottled`)."),
                    key("serverErrors", new Whole(1, 1_000_000, "answers"), false,
                            code(Alarms.DEFAULT.serverErrors()), NESTED, "The API's 5xx answers in a period (a"
                                    + " REST API's 502 and 504 for third-party failures and timeouts included)."),
                    key("latencyMillis", new Whole(100, ApiTimeouts.MAX_SECONDS * 1000, "milliseconds"), false,
                            code(Alarms.DEFAULT.latencyMillis()), NESTED, "The API's 95th-percentile latency that"
                                    + " fires its alarm."))), false, "`true`, notifying nobody", SERVICE_WIDE,
                    "CloudWatch alarms: per state machine on failed, timed-out and throttled executions, per API on"
                            + " 5xx answers and latency; missing data counts as fine. `alarms: false` turns them"
                            + " off; `email` or `topic` makes them notify, e.g. `alarms: {email: ops@example.com}`."),
            key("dashboard", new Flag(), false, "`true`", SERVICE_WIDE,
                    "A CloudWatch dashboard with a row per integration: its executions (started, succeeded, failed,"
                            + " timed out, throttled), its errors by name from the execution log (the third party's"
                            + " `States.Http.StatusCode.4xx` passed on, `States.Timeout` answered 504, the rest"
                            + " 502; not with `logLevel: OFF`), and its execution time (the third-party call and"
                            + " its retries); the API's answers on top. `false` leaves it out."));

    private WatchKeys() {
    }
}
