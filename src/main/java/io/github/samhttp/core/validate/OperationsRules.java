package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Operations;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.read.Descriptor;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the workflow runs and is watched: retries, tracing, logging, tags. */
final class OperationsRules {

    static final List<String> RETRY_KEYS = List.of("maxAttempts", "intervalSeconds", "backoffRate", "maxDelaySeconds");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}");

    private final FieldReader fields;

    OperationsRules(FieldReader fields) {
        this.fields = fields;
    }

    RetryPolicy retry() {
        JsonNode node = fields.at("retry");
        if (node.isMissingNode()) {
            return RetryPolicy.DEFAULT;
        }
        if (!node.isObject()) {
            fields.addProblem("retry", node.asText(), "must be a mapping",
                    "write 'retry:' then indented 'maxAttempts: 2' (0 turns retries off), 'intervalSeconds',"
                            + " 'backoffRate', 'maxDelaySeconds'");
            return null;
        }
        fields.rejectUnknownKeys("retry", RETRY_KEYS);
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        int maxAttempts = fields.integer("retry.maxAttempts", 0, 10, defaults.maxAttempts());
        int interval = fields.integer("retry.intervalSeconds", 1, 10, defaults.intervalSeconds());
        BigDecimal backoff = fields.decimal("retry.backoffRate", BigDecimal.ONE, BigDecimal.TEN,
                defaults.backoffRate());
        int maxDelay = fields.integer("retry.maxDelaySeconds", 1, Integration.EXECUTION_TIMEOUT_SECONDS,
                Math.max(defaults.maxDelaySeconds(), interval));
        return new RetryPolicy(maxAttempts, interval, backoff, maxDelay);
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
        boolean tracing = fields.bool("tracing", defaults.tracing());
        String logLevel = defaults.logLevel();
        if (fields.has("logLevel")) {
            logLevel = fields.text("logLevel", true);
            if (logLevel != null && !Operations.LOG_LEVELS.contains(logLevel)) {
                fields.addProblem("logLevel", logLevel, "not one of " + String.join(", ", Operations.LOG_LEVELS),
                        FieldReader.suggestion(logLevel, Operations.LOG_LEVELS, "write 'logLevel: ERROR' (the default)"));
            }
        }
        int retention = fields.integer("logRetentionDays", 1, 3653, defaults.logRetentionDays());
        if (!Operations.RETENTION_DAYS.contains(retention)) {
            fields.addProblem("logRetentionDays", Integer.toString(retention), "not a retention CloudWatch Logs"
                    + " accepts", "use one of " + Operations.RETENTION_DAYS.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return new Operations(tracing, logLevel, retention, tags());
    }

    private TreeMap<String, String> tags() {
        TreeMap<String, String> tags = new TreeMap<>();
        JsonNode node = fields.at("tags");
        if (!node.isMissingNode() && !node.isObject()) {
            fields.addProblem("tags", node.toString(), "must be a mapping of tag keys to values",
                    "write 'tags:' then indented lines such as 'team: payments'");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = it.next();
            String field = Descriptor.child("tags", tag.getKey());
            if (!TAG_KEY.matcher(tag.getKey()).matches() || tag.getKey().startsWith("aws:")) {
                fields.addKeyProblem(field, tag.getKey(), "not a valid tag key (1 to 128 letters, digits, spaces and"
                        + " _ . : / = + - @, not starting with 'aws:')", "rename the tag");
            } else if (!tag.getValue().isTextual()) {
                fields.notAString(field, tag.getKey(), tag.getValue(), "a tag value");
            } else if (fields.checkFreeText(field, tag.getValue().asText(), 256)) {
                tags.put(tag.getKey(), tag.getValue().asText());
            }
        }
        if (tags.size() > 40) {
            fields.addProblem("tags", tags.size() + " tags", "more tags than the 40 this plugin allows (AWS allows 50"
                    + " on a resource, and some are taken by SAM and CloudFormation)", "keep at most 40");
        }
        return tags;
    }
}
