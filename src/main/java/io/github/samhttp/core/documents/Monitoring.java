package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.Alarms;
import io.github.samhttp.core.model.LogicalIds;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.read.JsonText;

/**
 * What watches the service: CloudWatch alarms on each state machine (failed, timed-out and throttled executions)
 * and on the API (5xx answers, latency), the SNS topic they notify when the descriptor gives an email address, and a
 * dashboard with a row per integration. Alarms and dashboard read metrics AWS publishes anyway; nothing here needs
 * set-up in the account, and nothing here reads request data.
 */
final class Monitoring {

    static final String STATES = "AWS/States";
    static final String API_GATEWAY = "AWS/ApiGateway";
    static final int WIDGET_HEIGHT = 6;

    private Monitoring() {
    }

    /**
     * The watch of {@code members} in the stack {@code scope} is: their alarms and dashboard rows; in the root, also
     * the API's alarms and dashboard row and the topic.
     */
    static void add(ObjectNode resources, Service service, java.util.List<Service.Member> members,
            Stacks.Scope scope) {
        Alarms alarms = service.settings().alarms();
        boolean root = !scope.isNested();
        if (alarms.enabled()) {
            if (alarms.email() != null && root) {
                ObjectNode topic = Cfn.resource(resources, LogicalIds.ALARM_TOPIC, "AWS::SNS::Topic");
                // Not encrypted: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and an alarm's
                // message holds the alarm's state and metric, no request data.
                topic.put("DisplayName", "Alarms of " + service.name());
                topic.putArray("Subscription").addObject().put("Protocol", "email").put("Endpoint", alarms.email());
            }
            for (Service.Member member : members) {
                stateMachineAlarms(resources, member, alarms, scope);
                if (deadLetterQueue(service.trigger())) {
                    // Events or starts EventBridge gave up on after a day of retries: one waiting is one too many.
                    ObjectNode queue = Cfn.object().put("Name", "QueueName");
                    queue.set("Value", Cfn.getAtt(LogicalIds.deadLetterQueue(member.stateMachineId()), "QueueName"));
                    alarm(resources, member.stateMachineId() + LogicalIds.DEAD_LETTER_ALARM, member.integration().name()
                            + ": events or starts that EventBridge could not deliver wait in the dead-letter queue",
                            "AWS/SQS", "ApproximateNumberOfMessagesVisible", Cfn.array(queue), "Maximum", 1, alarms,
                            scope);
                }
            }
            if (service.trigger().synchronous() && root) {
                apiAlarms(resources, service, alarms, scope);
            }
        }
        if (service.settings().dashboard()) {
            Cfn.resource(resources, LogicalIds.DASHBOARD, "AWS::CloudWatch::Dashboard")
                    .set("DashboardBody", dashboardBody(service, members, root));
        }
    }

    private static boolean deadLetterQueue(Trigger trigger) {
        return trigger instanceof Trigger.EventBridge rule && rule.deadLetterQueue()
                || trigger instanceof Trigger.Schedule schedule && schedule.deadLetterQueue();
    }

    /** The outputs that say where to look: the topic made for the alarms, the dashboard. */
    static void outputs(ObjectNode outputs, Service service) {
        if (service.settings().alarms().enabled() && service.settings().alarms().email() != null) {
            outputs.putObject("AlarmTopicArn").put("Description", "The SNS topic the alarms notify (confirm the"
                    + " email subscription first)").set("Value", Cfn.ref(LogicalIds.ALARM_TOPIC));
        }
        if (service.settings().dashboard()) {
            outputs.putObject("DashboardName").put("Description", "The CloudWatch dashboard of this service")
                    .set("Value", Cfn.ref(LogicalIds.DASHBOARD));
        }
    }

    private static void stateMachineAlarms(ObjectNode resources, Service.Member member, Alarms alarms,
            Stacks.Scope scope) {
        String name = member.integration().name();
        String machine = member.stateMachineId();
        ObjectNode dimension = Cfn.object().put("Name", "StateMachineArn");
        dimension.set("Value", Cfn.ref(machine));
        ArrayNode dimensions = Cfn.array(dimension);
        alarm(resources, machine + LogicalIds.FAILED_ALARM, name + ": executions failed (a third-party error after"
                + " retries, an unreachable endpoint, or a request the state machine refused)", STATES,
                "ExecutionsFailed", dimensions, "Sum", alarms.failedExecutions(), alarms, scope);
        alarm(resources, machine + LogicalIds.TIMED_OUT_ALARM, name + ": executions timed out", STATES,
                "ExecutionsTimedOut", dimensions.deepCopy(), "Sum", alarms.timedOutExecutions(), alarms, scope);
        alarm(resources, machine + LogicalIds.THROTTLED_ALARM, name + ": state transitions throttled by Step"
                + " Functions", STATES, "ExecutionThrottled", dimensions.deepCopy(), "Sum", alarms.throttledExecutions(), alarms,
                scope);
    }

    private static void apiAlarms(ObjectNode resources, Service service, Alarms alarms, Stacks.Scope scope) {
        boolean rest = service.trigger() instanceof Trigger.RestApi;
        ArrayNode dimensions = apiDimensions(service, rest);
        // A REST API answers 502 and 504 for third-party failures; an HTTP API answers those with 200 and
        // StartSyncExecution's status, so its 5xx are API Gateway's own.
        alarm(resources, LogicalIds.API_SERVER_ERRORS_ALARM, service.name() + ": the API answered 5xx " + (rest
                ? "(502: the third party failed; 504: it did not answer in time)" : "(API Gateway's own errors)"),
                API_GATEWAY, rest ? "5XXError" : "5xx",
                dimensions, "Sum", alarms.serverErrors(), alarms, scope);
        alarm(resources, LogicalIds.API_LATENCY_ALARM, service.name() + ": the API's 95th-percentile latency is"
                + " high", API_GATEWAY, "Latency", dimensions.deepCopy(), "p95", alarms.latencyMillis(), alarms, scope);
    }

    /** A REST API's metrics are named by the API's name, an HTTP API's by its ID; both by stage. */
    private static ArrayNode apiDimensions(Service service, boolean rest) {
        ObjectNode api = Cfn.object().put("Name", rest ? "ApiName" : "ApiId");
        if (rest) {
            api.put("Value", service.name());
        } else {
            api.set("Value", Cfn.ref(LogicalIds.API));
        }
        return Cfn.array(api, Cfn.object().put("Name", "Stage").put("Value", service.settings().stage()));
    }

    private static void alarm(ObjectNode resources, String id, String description, String namespace,
            String metric, ArrayNode dimensions, String statistic, int threshold, Alarms alarms, Stacks.Scope scope) {
        ObjectNode alarm = Cfn.resource(resources, id, "AWS::CloudWatch::Alarm");
        alarm.put("AlarmDescription", description);
        alarm.put("Namespace", namespace);
        alarm.put("MetricName", metric);
        alarm.set("Dimensions", dimensions);
        // A count fires when it reaches its threshold; a percentile when it goes past.
        boolean count = !statistic.startsWith("p");
        alarm.put(count ? "Statistic" : "ExtendedStatistic", statistic);
        alarm.put("Period", alarms.periodSeconds());
        alarm.put("EvaluationPeriods", alarms.evaluationPeriods());
        alarm.put("Threshold", threshold);
        alarm.put("ComparisonOperator", count ? "GreaterThanOrEqualToThreshold" : "GreaterThanThreshold");
        // No traffic is no trouble: an idle API keeps its alarms OK.
        alarm.put("TreatMissingData", "notBreaching");
        if (alarms.notifies()) {
            JsonNode topic = alarms.email() != null ? scope.alarmTopic() : Cfn.NODES.textNode(alarms.topicArn());
            alarm.putArray("AlarmActions").add(topic);
            alarm.putArray("OKActions").add(topic.deepCopy());
        }
    }

    /**
     * The dashboard as CloudWatch takes it: a JSON text, here an {@code Fn::Sub} whose variables carry the names the
     * descriptor gave and whose references name the state machines and log groups.
     */
    private static ObjectNode dashboardBody(Service service, java.util.List<Service.Member> members, boolean root) {
        ObjectNode variables = Cfn.object();
        ArrayNode widgets = Cfn.array();
        int y = 0;
        if (service.trigger().synchronous() && root) {
            boolean rest = service.trigger() instanceof Trigger.RestApi;
            variables.put("Stage", service.settings().stage());
            if (rest) {
                variables.put("ApiName", service.name());
            }
            // A REST API's metrics are named by its name, an HTTP API's by its ID.
            String[] apiDimension = rest ? new String[] {"ApiName", "${ApiName}"}
                    : new String[] {"ApiId", "${" + LogicalIds.API + "}"};
            ArrayNode answers = Cfn.array();
            answers.add(apiMetric(apiDimension, "Count"));
            answers.add(apiMetric(apiDimension, rest ? "4XXError" : "4xx"));
            answers.add(apiMetric(apiDimension, rest ? "5XXError" : "5xx"));
            widgets.add(metricWidget("API answers", 0, y, 12, answers, "Sum"));
            ArrayNode latency = Cfn.array();
            latency.add(apiMetric(apiDimension, "Latency").add(Cfn.object().put("stat", "p95")));
            latency.add(apiMetric(apiDimension, "IntegrationLatency").add(Cfn.object().put("stat", "p95")));
            widgets.add(metricWidget("API latency, 95th percentile (ms)", 12, y, 12, latency, "p95"));
            y += WIDGET_HEIGHT;
        }
        int index = 0;
        for (Service.Member member : members) {
            String name = "Name" + index;
            String log = "Log" + index;
            index++;
            variables.put(name, member.integration().name());
            String machine = "${" + member.stateMachineId() + "}";
            boolean logged = !member.integration().operations().logLevel().equals("OFF");
            int width = logged ? 8 : 12;
            ArrayNode executions = Cfn.array();
            for (String metric : new String[] {"ExecutionsStarted", "ExecutionsSucceeded", "ExecutionsFailed",
                "ExecutionsTimedOut", "ExecutionThrottled"}) {
                executions.add(Cfn.array(STATES, metric, "StateMachineArn", machine));
            }
            widgets.add(metricWidget("${" + name + "}: executions", 0, y, width, executions, "Sum"));
            if (logged) {
                variables.set(log, Cfn.ref(member.logGroupId()));
                ObjectNode widget = widget("log", width, y, width);
                ((ObjectNode) widget.get("properties")).put("title", "${" + name + "}: errors by name")
                        .put("region", "${AWS::Region}").put("view", "table")
                        .put("query", "SOURCE '${" + log + "}' | filter type = \"ExecutionFailed\" or type ="
                                + " \"ExecutionTimedOut\" | fields coalesce(details.error, type) as error"
                                + " | stats count(*) as executions by error | sort executions desc");
                widgets.add(widget);
            }
            ArrayNode time = Cfn.array();
            for (String stat : new String[] {"p50", "p95", "Maximum"}) {
                time.add(Cfn.array(STATES, "ExecutionTime", "StateMachineArn", machine)
                        .add(Cfn.object().put("stat", stat)));
            }
            // Two widgets of 12 columns without the log widget, three of 8 with it: 24 in all.
            int x = logged ? 2 * width : width;
            widgets.add(metricWidget("${" + name + "}: execution time (ms), the third-party call and its retries",
                    x, y, 24 - x, time, "p50"));
            y += WIDGET_HEIGHT;
        }
        ObjectNode body = Cfn.object();
        body.set("widgets", widgets);
        return Cfn.sub(JsonText.compact(body), variables);
    }

    private static ArrayNode apiMetric(String[] dimension, String metric) {
        return Cfn.array(API_GATEWAY, metric, dimension[0], dimension[1], "Stage", "${Stage}");
    }

    private static ObjectNode metricWidget(String title, int x, int y, int width, ArrayNode metrics, String stat) {
        ObjectNode widget = widget("metric", x, y, width);
        ObjectNode properties = (ObjectNode) widget.get("properties");
        properties.put("title", title).put("region", "${AWS::Region}").put("view", "timeSeries")
                .put("stat", stat).put("period", 300);
        properties.set("metrics", metrics);
        return widget;
    }

    private static ObjectNode widget(String type, int x, int y, int width) {
        ObjectNode widget = Cfn.object().put("type", type).put("x", x).put("y", y).put("width", width)
                .put("height", WIDGET_HEIGHT);
        widget.putObject("properties");
        return widget;
    }
}
