package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.aws.CloudWatchAlarms;
import io.github.samhttp.core.model.Alarms;
import io.github.samhttp.core.model.ApiEdges;
import io.github.samhttp.core.model.Cors;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Throttle;
import io.github.samhttp.core.model.Trigger;
import java.util.List;

/** How the service is watched and held back: its alarms, its dashboard, its API's request limits. */
final class MonitoringRules {


    private final FieldReader fields;

    MonitoringRules(FieldReader fields) {
        this.fields = fields;
    }

    /** The API's request limits (event triggers refuse the key: they have no API). */
    Throttle throttle() {
        Throttle defaults = Throttle.DEFAULT;
        return new Throttle(fields.integer("throttle.rateLimit", defaults.rateLimit()),
                fields.integer("throttle.burstLimit", defaults.burstLimit()));
    }

    /** On unless {@code alarms: false}; a mapping sets where they notify and when they fire. */
    Alarms alarms(Trigger trigger, EndpointType endpointType) {
        if (fields.at("alarms").isBoolean() && !fields.at("alarms").booleanValue()) {
            return Alarms.OFF;
        }
        Alarms defaults = Alarms.DEFAULT;
        String email = fields.text("alarms.email");
        String topic = fields.text("alarms.topic");
        if (email != null && topic != null) {
            fields.addProblem("alarms.topic", topic, "the alarms notify either an existing topic or a topic made for"
                    + " 'email', not both", "remove 'topic' or 'email'");
        }
        int period = fields.integer("alarms.periodSeconds", defaults.periodSeconds());
        int periods = fields.integer("alarms.evaluationPeriods", defaults.evaluationPeriods());
        if (period % CloudWatchAlarms.PERIOD_UNIT_SECONDS != 0) {
            int lower = Math.max(CloudWatchAlarms.PERIOD_UNIT_SECONDS,
                    period / CloudWatchAlarms.PERIOD_UNIT_SECONDS * CloudWatchAlarms.PERIOD_UNIT_SECONDS);
            fields.addProblem("alarms.periodSeconds", Integer.toString(period), "not a whole number of minutes"
                    + " (Step Functions and API Gateway publish their metrics each minute)",
                    "write 'periodSeconds: " + lower + "'");
        } else if ((long) period * periods > CloudWatchAlarms.maxEvaluationSeconds(period)) {
            int limit = CloudWatchAlarms.maxEvaluationSeconds(period);
            fields.addProblem("alarms.evaluationPeriods", Integer.toString(periods), periods + " periods of " + period
                    + " seconds span more than the " + (limit / 86_400 == 1 ? "day" : limit / 86_400 + " days")
                    + " an alarm may evaluate" + (period < CloudWatchAlarms.HOUR_SECONDS ? " with periods under an"
                    + " hour" : ""), "write 'evaluationPeriods: " + Math.max(1, limit / period) + "'"
                    + (period < CloudWatchAlarms.HOUR_SECONDS ? ", or periods of an hour (up to seven days)" : ""));
        }
        if (trigger != null && !trigger.synchronous()) {
            for (String key : new String[] {"serverErrors", "latencyMillis"}) {
                if (fields.has("alarms." + key)) {
                    fields.addKeyProblem("alarms." + key, key, ShapeMessages.article(trigger.type()) + " "
                            + trigger.type() + " trigger has no API for"
                            + " this alarm to watch", "remove it");
                }
            }
        }
        int latency = fields.integer("alarms.latencyMillis", defaults.latencyMillis());
        // The longest any route of the API may wait (each route's own apiTimeoutSeconds is at most this).
        boolean http = trigger instanceof Trigger.HttpApi;
        int maxMillis = http ? ApiTimeouts.HTTP_API_SECONDS * 1000 : 1000 * (endpointType.takesLongTimeouts()
                ? ApiTimeouts.MAX_SECONDS : ApiTimeouts.DEFAULT_SECONDS);
        if (trigger != null && trigger.synchronous() && latency > maxMillis) {
            fields.addProblem("alarms.latencyMillis", Integer.toString(latency), "could never fire: a"
                    + (http ? "n HTTP API" : endpointType.takesLongTimeouts() ? " REST API" : "n edge-optimized REST API")
                    + " answers within " + maxMillis + " ms", "write a lower value, e.g. 'latencyMillis: "
                    + Alarms.DEFAULT.latencyMillis() + "'");
        }
        return new Alarms(true, topic, email, period, periods,
                fields.integer("alarms.failedExecutions", defaults.failedExecutions()),
                fields.integer("alarms.timedOutExecutions", defaults.timedOutExecutions()),
                fields.integer("alarms.throttledExecutions", defaults.throttledExecutions()),
                fields.integer("alarms.serverErrors", defaults.serverErrors()), latency);
    }

    /** The API's custom domain, WAF web ACL and access logs, with its CORS (event triggers refuse the keys: no API). */
    ApiEdges edges(boolean restApi, Cors cors, EndpointType endpointType) {
        ApiEdges.Domain domain = null;
        if (fields.has("domain")) {
            String name = fields.text("domain.name");
            String certificate = fields.text("domain.certificate");
            if (name != null && certificate != null) {
                domain = new ApiEdges.Domain(name, certificate, fields.text("domain.hostedZoneId"),
                        fields.text("domain.basePath"));
            }
        }
        int days = 0;
        JsonNode logs = fields.at("accessLogs");
        if (logs.isObject() || logs.isBoolean() && logs.booleanValue()) {
            if (restApi) {
                fields.warn("accessLogs", logs.isObject() ? "{...}" : "true", "API Gateway writes a REST API's access"
                        + " logs only once the account has its CloudWatch Logs role (the deployment fails otherwise)",
                        "once per account and region: aws apigateway update-account --patch-operations"
                        + " op=replace,path=/cloudWatchRoleArn,value=<a role trusting apigateway.amazonaws.com with the"
                        + " managed policy AmazonAPIGatewayPushToCloudWatchLogs>");
            }
            days = OperationsRules.retentionDays(fields, "accessLogs.retentionDays", ApiEdges.DEFAULT_ACCESS_LOG_DAYS);
        }
        List<String> vpcEndpoints = fields.distinct("vpcEndpointIds", false);
        if (endpointType == EndpointType.PRIVATE && !fields.has("vpcEndpointIds")) {
            fields.addProblem("endpointType", "PRIVATE", "a private API answers only through the interface VPC"
                    + " endpoints it lists", "add 'vpcEndpointIds: [vpce-...]' (endpoints for execute-api)");
        } else if (endpointType != EndpointType.PRIVATE && fields.has("vpcEndpointIds")) {
            fields.addKeyProblem("vpcEndpointIds", "vpcEndpointIds", "only a private API answers through VPC"
                    + " endpoints", "add 'endpointType: PRIVATE', or remove it");
        }
        if (endpointType == EndpointType.PRIVATE && fields.has("domain")) {
            fields.addKeyProblem("domain", "domain", "a regional custom domain cannot serve a private API",
                    "remove 'domain', or use 'endpointType: REGIONAL'");
        }
        return new ApiEdges(domain, fields.text("webAcl"), days, cors, endpointType, vpcEndpoints);
    }

    /**
     * The ARNs the stack uses must all be in the region it deploys to: the build does not know that region, but two
     * regions among them mean one is wrong (a regional domain's certificate, the WAF, keys, topics, Lattice).
     */
    void oneRegion(String... fieldsWithArns) {
        String firstField = null;
        String firstRegion = null;
        for (String field : fieldsWithArns) {
            String arn = fields.text(field);
            String[] parts = arn == null ? new String[0] : arn.split(":", 6);
            if (parts.length < 6 || parts[3].isEmpty()) {
                continue;
            }
            if (firstRegion == null) {
                firstField = field;
                firstRegion = parts[3];
            } else if (!firstRegion.equals(parts[3])) {
                fields.warn(field, arn, "in " + parts[3] + ", while '" + firstField + "' is in " + firstRegion + ": the"
                        + " stack deploys to one region, and each of these must be in it", "use the ARN of the one in"
                        + " the region you deploy to");
            }
        }
    }

    boolean dashboard() {
        return fields.bool("dashboard", true);
    }
}
