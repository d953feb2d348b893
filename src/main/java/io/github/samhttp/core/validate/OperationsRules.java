package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.aws.CloudWatchLogs;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.model.Operations;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.read.Descriptor;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the workflow runs and is watched: retries, timeouts, tracing, logging, tags. */
final class OperationsRules {

    private final FieldReader fields;

    OperationsRules(FieldReader fields) {
        this.fields = fields;
    }

    RetryPolicy retry() {
        if (!fields.has("retry")) {
            return fields.view().at("retry").isMissingNode() ? RetryPolicy.DEFAULT : null;
        }
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        int interval = fields.integer("retry.intervalSeconds", defaults.intervalSeconds());
        return new RetryPolicy(fields.integer("retry.maxAttempts", defaults.maxAttempts()), interval,
                fields.decimal("retry.backoffRate", defaults.backoffRate()),
                fields.integer("retry.maxDelaySeconds", Math.max(defaults.maxDelaySeconds(), interval)));
    }

    /** How long one call may take: behind an API, the whole execution must end before API Gateway gives up. */
    int timeoutSeconds(int defaultSeconds, int limit, boolean sync, int apiSeconds) {
        int seconds = fields.integer("timeoutSeconds", defaultSeconds);
        if (seconds > limit) {
            fields.addProblem("timeoutSeconds", Integer.toString(seconds), "must be a whole number from 1 to " + limit
                    + (sync ? " behind an API (API Gateway gives up after " + apiSeconds + " seconds)" : ""),
                    "write a number in that range, e.g. 'timeoutSeconds: " + defaultSeconds + "'"
                            + (sync && limit < ApiTimeouts.HTTP_TASK_ATTEMPT_SECONDS ? ", or raise 'apiTimeoutSeconds'"
                            + " (Regional and private REST APIs)" : ""));
            return defaultSeconds;
        }
        return seconds;
    }

    /**
     * How long a REST API waits: past 29 seconds only for a Regional or private API, and only once the account's
     * quota allows it (warned: the deployment fails before).
     */
    int apiTimeoutSeconds(EndpointType endpointType, boolean callerWaits) {
        if (!callerWaits) {
            // No caller waits (an ASYNC route, an event): the key is refused where it stands.
            return ApiTimeouts.DEFAULT_SECONDS;
        }
        int seconds = fields.integer("apiTimeoutSeconds", ApiTimeouts.DEFAULT_SECONDS);
        if (seconds > ApiTimeouts.DEFAULT_SECONDS && !endpointType.takesLongTimeouts()) {
            fields.addProblem("apiTimeoutSeconds", Integer.toString(seconds), "an edge-optimized API (the default"
                    + " endpoint type) waits at most " + ApiTimeouts.DEFAULT_SECONDS + " seconds", "add 'endpointType:"
                    + " REGIONAL' (or PRIVATE), or write at most " + ApiTimeouts.DEFAULT_SECONDS);
            return ApiTimeouts.DEFAULT_SECONDS;
        }
        if (seconds > ApiTimeouts.DEFAULT_SECONDS) {
            fields.warn("apiTimeoutSeconds", Integer.toString(seconds), "API Gateway waits more than "
                    + ApiTimeouts.DEFAULT_SECONDS + " seconds only once the account's quota '" + ApiTimeouts.QUOTA
                    + "' allows it (the deployment fails before), and raising it may lower the account's throttle"
                    + " quota for every API in the region", "raise it to at least " + seconds * 1000 + " in the"
                    + " Service Quotas console (Amazon API Gateway) before deploying");
        }
        return seconds;
    }

    /** While a caller waits, the waits between attempts are seconds: the execution ends within API Gateway's wait. */
    void retryWaits(RetryPolicy retry, int executionLimit, boolean sync) {
        if (retry == null) {
            return;
        }
        if (!sync) {
            if (retry.maxDelaySeconds() > executionLimit) {
                fields.addProblem("retry.maxDelaySeconds", Integer.toString(retry.maxDelaySeconds()), "longer than"
                        + " the whole " + executionLimit + "-second execution", "write 'maxDelaySeconds: "
                        + executionLimit + "' or less");
            }
            return;
        }
        if (retry.intervalSeconds() > RetryPolicy.MAX_WAITING_INTERVAL_SECONDS) {
            fields.addProblem("retry.intervalSeconds", Integer.toString(retry.intervalSeconds()), "more than "
                    + RetryPolicy.MAX_WAITING_INTERVAL_SECONDS + " seconds between attempts while a caller waits",
                    "write 'intervalSeconds: " + RetryPolicy.MAX_WAITING_INTERVAL_SECONDS + "' or less, or use 'mode:"
                            + " ASYNC' (202, then a status route) for longer waits");
        }
        if (retry.maxDelaySeconds() > executionLimit) {
            fields.addProblem("retry.maxDelaySeconds", Integer.toString(retry.maxDelaySeconds()), "longer than the "
                    + executionLimit + "-second execution a caller waits for", "write 'maxDelaySeconds: "
                    + Math.min(executionLimit, RetryPolicy.DEFAULT.maxDelaySeconds()) + "', or use 'mode: ASYNC'"
                    + " (202, then a status route) for longer waits");
        }
    }

    /** Warns when every attempt and wait cannot fit in the execution's limit. */
    void retryFits(RetryPolicy retry, int timeoutSeconds, int executionLimit, boolean sync) {
        if (retry != null && timeoutSeconds * (retry.maxAttempts() + 1) + retry.worstCaseWaitSeconds()
                > executionLimit) {
            fields.warn("timeoutSeconds", Integer.toString(timeoutSeconds), "with " + retry.maxAttempts()
                    + " retries the calls can take longer than the " + executionLimit
                    + "-second execution limit, so late attempts are cut off" + (sync ? " and answered 504" : ""),
                    "lower timeoutSeconds or retry.maxAttempts");
        }
    }

    Operations operations() {
        Operations defaults = Operations.DEFAULT;
        int retention = retentionDays(fields, "logRetentionDays", defaults.logRetentionDays());
        return new Operations(fields.text("logLevel", defaults.logLevel()), retention);
    }

    /** A log group's retention ({@code logRetentionDays}, {@code accessLogs.retentionDays}): one CloudWatch takes. */
    static int retentionDays(FieldReader fields, String field, int defaultDays) {
        int days = fields.integer(field, defaultDays);
        if (!CloudWatchLogs.RETENTION_DAYS.contains(days)) {
            fields.addProblem(field, Integer.toString(days), "not a retention CloudWatch Logs accepts", "use one of "
                    + CloudWatchLogs.RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return days;
    }

    TreeMap<String, String> tags() {
        TreeMap<String, String> tags = new TreeMap<>();
        for (Map.Entry<String, JsonNode> tag : fields.entries("tags")) {
            String field = Descriptor.child("tags", tag.getKey());
            if (tag.getKey().toLowerCase(Locale.ROOT).startsWith("aws:")) {
                fields.addKeyProblem(field, tag.getKey(), "tag keys starting with 'aws:' (in any case) are reserved"
                        + " for AWS", "rename the tag so that it does not start with 'aws:'");
            } else if (fields.oneLine(field, tag.getValue().asText(), 256) && new LiteralCredentials(fields).allowed(
                    field, null, tag.getValue().asText(), "a tag is plain text: write the value itself")) {
                tags.put(tag.getKey(), tag.getValue().asText());
            }
        }
        return tags;
    }
}
