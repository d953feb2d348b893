package io.github.samhttp.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Throttling, alarms and the dashboard in the template, from each form of their keys. */
class MonitoringTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String SEED = """
            endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json
            method: POST
            auth: {type: BASIC, username: ssm:/twilio_sid, password: "secretsmanager:twilio/auth:SecretString:token"}
            """;

    private static JsonNode resources(String yaml) throws Exception {
        Map<String, byte[]> files = TestProjects.render(yaml);
        return YAML.readTree(files.get("template.yaml")).path("Resources");
    }

    private static List<String> ofType(JsonNode resources, String type) {
        List<String> ids = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals(type)) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }

    @Test
    void byDefaultEveryApiIsThrottledAndWatchedAndNobodyIsNotified() throws Exception {
        JsonNode resources = resources(SEED);
        JsonNode method = resources.path("Api").path("Properties").path("MethodSettings").get(0);
        assertThat(method.path("ResourcePath").asText()).isEqualTo("/*");
        assertThat(method.path("HttpMethod").asText()).isEqualTo("*");
        assertThat(method.path("ThrottlingRateLimit").asInt()).isEqualTo(10);
        assertThat(method.path("ThrottlingBurstLimit").asInt()).isEqualTo(20);
        assertThat(resources.path("UsagePlan").path("Properties").path("Throttle").path("RateLimit").asInt())
                .isEqualTo(10);
        assertThat(ofType(resources, "AWS::CloudWatch::Alarm")).containsExactly("StateMachineFailedAlarm",
                "StateMachineTimedOutAlarm", "StateMachineThrottledAlarm", "ApiServerErrorsAlarm", "ApiLatencyAlarm");
        assertThat(ofType(resources, "AWS::SNS::Topic")).isEmpty();
        assertThat(ofType(resources, "AWS::CloudWatch::Dashboard")).containsExactly("Dashboard");
        JsonNode failed = resources.path("StateMachineFailedAlarm").path("Properties");
        assertThat(failed.path("Namespace").asText()).isEqualTo("AWS/States");
        assertThat(failed.path("MetricName").asText()).isEqualTo("ExecutionsFailed");
        assertThat(failed.path("Dimensions").get(0).path("Value").path("Ref").asText()).isEqualTo("StateMachine");
        assertThat(failed.path("TreatMissingData").asText()).isEqualTo("notBreaching");
        assertThat(failed.has("AlarmActions")).isFalse();
        JsonNode latency = resources.path("ApiLatencyAlarm").path("Properties");
        assertThat(latency.path("ExtendedStatistic").asText()).isEqualTo("p95");
        assertThat(latency.has("Statistic")).isFalse();
        assertThat(latency.path("Dimensions").findValuesAsText("Name")).containsExactly("ApiName", "Stage");
        assertThat(resources.path("ApiServerErrorsAlarm").path("Properties").path("MetricName").asText())
                .isEqualTo("5XXError");
    }

    @Test
    void theSettingsReachEveryAlarmAndTheThrottle() throws Exception {
        JsonNode resources = resources(SEED + """
                throttle: {rateLimit: 50, burstLimit: 100}
                alarms:
                  email: ops@example.com
                  periodSeconds: 60
                  evaluationPeriods: 3
                  failedExecutions: 5
                  serverErrors: 7
                  latencyMillis: 2500
                """);
        JsonNode method = resources.path("Api").path("Properties").path("MethodSettings").get(0);
        assertThat(method.path("ThrottlingRateLimit").asInt()).isEqualTo(50);
        assertThat(method.path("ThrottlingBurstLimit").asInt()).isEqualTo(100);
        JsonNode plan = resources.path("UsagePlan").path("Properties").path("Throttle");
        assertThat(plan.path("RateLimit").asInt()).isEqualTo(50);
        assertThat(plan.path("BurstLimit").asInt()).isEqualTo(100);
        JsonNode topic = resources.path("AlarmTopic").path("Properties");
        assertThat(topic.path("Subscription").get(0).path("Protocol").asText()).isEqualTo("email");
        assertThat(topic.path("Subscription").get(0).path("Endpoint").asText()).isEqualTo("ops@example.com");
        for (String id : ofType(resources, "AWS::CloudWatch::Alarm")) {
            JsonNode alarm = resources.path(id).path("Properties");
            assertThat(alarm.path("Period").asInt()).as(id).isEqualTo(60);
            assertThat(alarm.path("EvaluationPeriods").asInt()).as(id).isEqualTo(3);
            assertThat(alarm.path("AlarmActions").get(0).path("Ref").asText()).as(id).isEqualTo("AlarmTopic");
            assertThat(alarm.path("OKActions").get(0).path("Ref").asText()).as(id).isEqualTo("AlarmTopic");
        }
        assertThat(resources.path("StateMachineFailedAlarm").path("Properties").path("Threshold").asInt())
                .isEqualTo(5);
        assertThat(resources.path("StateMachineTimedOutAlarm").path("Properties").path("Threshold").asInt())
                .isEqualTo(1);
        assertThat(resources.path("ApiServerErrorsAlarm").path("Properties").path("Threshold").asInt()).isEqualTo(7);
        assertThat(resources.path("ApiLatencyAlarm").path("Properties").path("Threshold").asInt()).isEqualTo(2500);
    }

    @Test
    void anExistingTopicIsNotifiedAsItIs() throws Exception {
        JsonNode resources = resources(SEED + "alarms: {topic: \"arn:aws:sns:eu-west-1:123456789012:ops\"}\n");
        assertThat(ofType(resources, "AWS::SNS::Topic")).isEmpty();
        assertThat(resources.path("ApiLatencyAlarm").path("Properties").path("AlarmActions").get(0).asText())
                .isEqualTo("arn:aws:sns:eu-west-1:123456789012:ops");
    }

    @Test
    void alarmsAndDashboardCanBeTurnedOff() throws Exception {
        JsonNode resources = resources(SEED + "alarms: false\ndashboard: false\n");
        assertThat(ofType(resources, "AWS::CloudWatch::Alarm")).isEmpty();
        assertThat(ofType(resources, "AWS::CloudWatch::Dashboard")).isEmpty();
        assertThat(ofType(resources, "AWS::SNS::Topic")).isEmpty();
        assertThat(resources(SEED + "alarms: true\n").path("StateMachineFailedAlarm").isObject()).isTrue();
    }

    @Test
    void anHttpApiIsWatchedByItsIdAndThrottledByItsRouteSettings() throws Exception {
        JsonNode resources = resources(SEED + "trigger: HTTP_API\nthrottle: {rateLimit: 3, burstLimit: 4}\n");
        JsonNode route = resources.path("Api").path("Properties").path("DefaultRouteSettings");
        assertThat(route.path("ThrottlingRateLimit").asInt()).isEqualTo(3);
        assertThat(route.path("ThrottlingBurstLimit").asInt()).isEqualTo(4);
        JsonNode errors = resources.path("ApiServerErrorsAlarm").path("Properties");
        assertThat(errors.path("MetricName").asText()).isEqualTo("5xx");
        assertThat(errors.path("Dimensions").get(0).path("Name").asText()).isEqualTo("ApiId");
        assertThat(errors.path("Dimensions").get(0).path("Value").path("Ref").asText()).isEqualTo("Api");
    }

    @Test
    void anEventTriggerHasStateMachineAlarmsOnly() throws Exception {
        JsonNode resources = resources("""
                endpoint: https://api.example.com/v1/reports
                method: POST
                auth: {type: API_KEY, header: x-api-key, value: "secretsmanager:k:SecretString:v"}
                trigger: {type: SCHEDULE, expression: rate(1 hour)}
                """);
        assertThat(ofType(resources, "AWS::CloudWatch::Alarm")).containsExactly("StateMachineFailedAlarm",
                "StateMachineTimedOutAlarm", "StateMachineThrottledAlarm", "StateMachineDeadLetterAlarm");
        JsonNode deadLetter = resources.path("StateMachineDeadLetterAlarm").path("Properties");
        assertThat(deadLetter.path("Namespace").asText()).isEqualTo("AWS/SQS");
        assertThat(deadLetter.path("MetricName").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
        assertThat(deadLetter.path("Statistic").asText()).isEqualTo("Maximum");
        assertThat(deadLetter.path("Dimensions").get(0).path("Value").path("Fn::GetAtt").toString())
                .isEqualTo("[\"StateMachineTriggerQueue\",\"QueueName\"]");
        assertThat(ofType(resources("""
                endpoint: https://api.example.com/v1/reports
                method: POST
                auth: {type: API_KEY, header: x-api-key, value: "secretsmanager:k:SecretString:v"}
                trigger: {type: SCHEDULE, expression: rate(1 hour), deadLetterQueue: false}
                """), "AWS::CloudWatch::Alarm")).doesNotContain("StateMachineDeadLetterAlarm");
        String body = resources.path("Dashboard").path("Properties").path("DashboardBody").path("Fn::Sub").get(0)
                .asText();
        assertThat(body).doesNotContain("AWS/ApiGateway");
    }

    @Test
    void theDashboardHasARowPerIntegrationAndNamesTravelInVariables() throws Exception {
        JsonNode resources = resources("""
                name: notifications
                connections:
                  twilio: {type: BASIC, username: ssm:/twilio_sid, password: "secretsmanager:t:SecretString:v"}
                integrations:
                  send-sms:
                    endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json
                    method: POST
                    connection: twilio
                  list-calls:
                    endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Calls.json
                    method: GET
                    connection: twilio
                    logLevel: "OFF"
                """);
        JsonNode sub = resources.path("Dashboard").path("Properties").path("DashboardBody").path("Fn::Sub");
        JsonNode body = new ObjectMapper().readTree(sub.get(0).asText());
        JsonNode variables = sub.get(1);
        assertThat(variables.path("Name0").asText()).isEqualTo("send-sms");
        assertThat(variables.path("Name1").asText()).isEqualTo("list-calls");
        assertThat(variables.path("Log0").path("Ref").asText()).isEqualTo("StateMachineSendSmsLogGroup");
        assertThat(variables.has("Log1")).as("no errors widget without logs").isFalse();
        assertThat(variables.path("ApiName").asText()).isEqualTo("notifications");
        // The API row, then three widgets for the logged integration and two for the other.
        assertThat(body.path("widgets")).hasSize(2 + 3 + 2);
        assertThat(body.path("widgets").findValuesAsText("type")).containsExactly("metric", "metric", "metric",
                "log", "metric", "metric", "metric");
        assertThat(sub.get(0).asText()).contains("${StateMachineSendSms}", "${StateMachineListCalls}")
                .doesNotContain("send-sms", "list-calls");
        // CloudWatch's grid: 24 columns, every widget 1 to 24 wide; each row filled.
        java.util.Map<Integer, Integer> rowWidths = new java.util.TreeMap<>();
        for (JsonNode widget : body.path("widgets")) {
            assertThat(widget.path("width").asInt()).as("%s", widget).isBetween(1, 24);
            assertThat(widget.path("x").asInt()).as("%s", widget).isBetween(0, 23);
            assertThat(widget.path("x").asInt() + widget.path("width").asInt()).isLessThanOrEqualTo(24);
            rowWidths.merge(widget.path("y").asInt(), widget.path("width").asInt(), Integer::sum);
        }
        assertThat(rowWidths.values()).containsOnly(24);
        assertThat(ofType(resources, "AWS::CloudWatch::Alarm")).hasSize(3 * 2 + 2);
    }

    @Test
    void aLocalRunNamesWhatOnlyTheDeployedStackDoes() throws Exception {
        List<String> lines = io.github.samhttp.core.local.LocalProject.load(TestProjects.render(SEED
                + "throttle: {rateLimit: 5, burstLimit: 9}\nalarms: {email: ops@example.com}\n")).deployedOnly();
        assertThat(lines).containsExactly("5 CloudWatch alarms", "throttling: 5 requests per second, bursts of 9",
                "an SNS topic for the alarms, subscribed by ops@example.com", "a CloudWatch dashboard");
        assertThat(io.github.samhttp.core.local.LocalProject.load(TestProjects.render(SEED
                + "alarms: false\ndashboard: false\n")).deployedOnly())
                .containsExactly("throttling: 10 requests per second, bursts of 20");
    }

    @Test
    void aRestApisAccessLogsAndArnsInTwoRegionsAreWarnedAbout() {
        java.util.List<io.github.samhttp.core.Problem> problems = new ArrayList<>();
        java.util.List<io.github.samhttp.core.Problem> warnings = new ArrayList<>();
        TestProjects.service("integration.yaml", (SEED + """
                accessLogs: true
                domain: {name: api.example.com, certificate: "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"}
                webAcl: arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/12345678-1234-1234-1234-123456789012
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8), problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(w -> w.render("integration.yaml")).anySatisfy(w -> assertThat(w)
                .contains("field 'accessLogs'", "CloudWatch Logs role", "aws apigateway update-account"))
                .anySatisfy(w -> assertThat(w).contains("field 'webAcl'", "in eu-west-1, while 'domain.certificate'"
                        + " is in us-east-1"));
        warnings.clear();
        TestProjects.service("integration.yaml", (SEED + "trigger: HTTP_API\naccessLogs: true\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), problems, warnings);
        assertThat(warnings).extracting(w -> w.render("integration.yaml")).noneMatch(w -> w.contains("accessLogs"));
    }
}
