package io.github.samhttp.core.shape;

import static io.github.samhttp.core.shape.DescriptorShape.choice;
import static io.github.samhttp.core.shape.DescriptorShape.code;
import static io.github.samhttp.core.shape.DescriptorShape.key;

import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Decimal;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Text;
import io.github.samhttp.core.shape.Shape.Whole;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of each integration that say how its call runs and how long it may take: retries, the call's and the
 * API's timeouts, SYNC or ASYNC. Part of {@link DescriptorShape}'s declaration, after the integration's own keys.
 */
final class CallKeys {

    private static final Set<Place> TOP = EnumSet.of(Place.SINGLE, Place.INTEGRATION);
    private static final Set<Place> NESTED = EnumSet.noneOf(Place.class);

    static final List<Key> KEYS = List.of(
            key("retry", new Fields(
                    key("maxAttempts", new Whole(0, 10, "retries"), false, code(RetryPolicy.DEFAULT.maxAttempts()), NESTED,
                            "Retries of 429, 500, 502, 503, 504 and socket errors; `0` turns retries off. A 5xx or a"
                                    + " dropped connection can come after the third party acted: for a POST that must"
                                    + " never run twice (an SMS, a charge), set `0` or use the API's idempotency key"
                                    + " header."),
                    key("intervalSeconds", new Whole(1, RetryPolicy.MAX_ASYNC_INTERVAL_SECONDS, "seconds"), false,
                            code(RetryPolicy.DEFAULT.intervalSeconds()), NESTED, "First wait: at most "
                                    + RetryPolicy.MAX_WAITING_INTERVAL_SECONDS + " while a caller waits (SYNC), up"
                                    + " to " + RetryPolicy.MAX_ASYNC_INTERVAL_SECONDS + " otherwise."),
                    key("backoffRate", new Decimal(BigDecimal.ONE, BigDecimal.TEN), false,
                            code(RetryPolicy.DEFAULT.backoffRate().toPlainString()), NESTED,
                            "Multiplier between waits."),
                    key("maxDelaySeconds", new Whole(1, RetryPolicy.MAX_ASYNC_DELAY_SECONDS, "seconds"), false,
                            code(RetryPolicy.DEFAULT.maxDelaySeconds()), NESTED,
                            "Longest wait (full jitter): within the execution's budget while a caller waits (27"
                                    + " behind the default API), up to " + RetryPolicy.MAX_ASYNC_DELAY_SECONDS
                                    + " otherwise.")), false, null, TOP,
                    "How the HTTP Task retries (below)."),
            key("timeoutSeconds", new Whole(1, Integration.ASYNC_CALL_TIMEOUT_SECONDS, "seconds"), false,
                    code(Integration.DEFAULT_TIMEOUT_SECONDS), TOP,
                    "How long one call to the third party may take: 1 to 27 behind an API (to 60 with a longer"
                            + " `apiTimeoutSeconds`), to 60 for event triggers."),
            key("mode", choice(Mode.class), false, "`SYNC`", TOP,
                    "`ASYNC` (REST APIs): the request starts a STANDARD workflow and is answered 202 at once with"
                            + " `{executionId, statusUrl}` and a `Location` header; `GET <path>/executions/{executionId}`"
                            + " answers 202 while it runs, then the third party's status and body (or the error, as"
                            + " `SYNC` answers it). For calls that take long or must not be retried in a client's"
                            + " wait: the execution may run an hour, each call 60 s."),
            key("idempotencyHeader", new Text(128, DescriptorShape.REQUEST_HEADER, "letters, digits and hyphens, e.g."
                    + " 'Idempotency-Key'"), false, "none", TOP, "With `mode: ASYNC`, the request header whose value"
                            + " (1 to 80 of `A-Z a-z 0-9 . _ -`) names the execution, e.g. `Idempotency-Key`: a"
                            + " client's retry gets the execution it started (or 409 once it ended) instead of a"
                            + " second one."),
            key("apiTimeoutSeconds", new Whole(ApiTimeouts.ANSWER_MARGIN_SECONDS + 1, ApiTimeouts.MAX_SECONDS,
                    "seconds"), false, code(ApiTimeouts.DEFAULT_SECONDS), TOP,
                    "How long a REST API waits for the answer. Above 29 only with `endpointType: REGIONAL` or"
                            + " `PRIVATE`, once the account's quota is raised (the build warns). The execution stops"
                            + " 2 s earlier, so a call that runs out is answered 504 with an error body, never cut"
                            + " off by API Gateway."));

    private CallKeys() {
    }
}
