package io.github.samhttp.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.LocalProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own output against the security rules; the property tests apply the same lint to 1,000 random projects. */
class SecurityLintTest {

    static Stream<Arguments> projects() throws Exception {
        Stream<Arguments> variants = TestProjects.variants().map(v -> Arguments.of(v.get()[0],
                v.get()[1].toString().contains("apiAuth: NONE"), TestProjects.render(v.get()[1].toString())));
        Stream.Builder<Arguments> golden = Stream.builder();
        try (Stream<Path> folders = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path folder : folders.sorted().toList()) {
                golden.add(Arguments.of("golden " + folder.getFileName(), false, LocalProject.readFolder(folder)));
            }
        }
        return Stream.concat(golden.build(), variants);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void generatedProjectsBreakNoRule(String name, boolean open, Map<String, byte[]> files) {
        assertThat(SecurityLint.check(files, open)).isEmpty();
    }

    @Test
    void theLintCatchesEachRule() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString()));
        String template = new String(files.get("template.yaml"), StandardCharsets.UTF_8)
                .replace("RetentionInDays: 30", "Tags: []")
                .replace("IncludeExecutionData: false", "IncludeExecutionData: true")
                .replace("Action: events:RetrieveConnectionCredentials", "Action: events:*")
                .replace("StringLike:", "StringNotLike:")
                .replace("Password: \"{{resolve:ssm:/twilio_secret}}\"", "Password: hunter2");
        files.put("template.yaml", template.getBytes(StandardCharsets.UTF_8));
        files.put("api.yaml", new String(files.get("api.yaml"), StandardCharsets.UTF_8)
                .replace("security:\n      - api_key: []", "security: []").getBytes(StandardCharsets.UTF_8));
        String asl = files.keySet().stream().filter(f -> f.endsWith(".asl.json")).findFirst().orElseThrow();
        files.put(asl, new String(files.get(asl), StandardCharsets.UTF_8).replace("\"https://", "\"http://")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(SecurityLint.check(files, false)).containsExactlyInAnyOrder(
                "StateMachineLogGroup: log group without RetentionInDays",
                "StateMachine: execution data (request bodies) would be logged",
                "StateMachine: wildcard action events:*",
                "StateMachine: Resource \"*\" for [states:InvokeHTTPEndpoint]",
                "Connection: Password is not a dynamic reference",
                "POST /sms: open to anyone",
                "Call third-party API: endpoint http://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json is not https://");
    }

    @Test
    void theLintCatchesAnAlarmWithoutAMetricOrWithAStrangeAction() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString() + "alarms: {email: ops@example.com}\n"));
        String template = new String(files.get("template.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("MetricName: ExecutionsTimedOut", "MetricName: \"\"")
                .replaceFirst("(?s)(StateMachineThrottledAlarm:.*?Ref: )StateMachine", "$1Gone")
                .replaceFirst("(?s)(ApiLatencyAlarm:.*?AlarmActions:\n      - )Ref: AlarmTopic",
                        "$1https://example.com/hook")
                .replace("Protocol: email", "Protocol: https");
        files.put("template.yaml", template.getBytes(StandardCharsets.UTF_8));

        assertThat(SecurityLint.check(files, false)).containsExactlyInAnyOrder(
                "StateMachineTimedOutAlarm: an alarm without a metric of this stack",
                "StateMachineThrottledAlarm: watches Gone, which the template does not have",
                "ApiLatencyAlarm: notifies \"https://example.com/hook\", not an SNS topic",
                "AlarmTopic: a subscription other than email: https");
    }

    @Test
    void theLintCatchesAnAccessLogThatWritesRequestData() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString() + "accessLogs: true\n"));
        assertThat(SecurityLint.check(files, false)).isEmpty();
        String template = new String(files.get("template.yaml"), StandardCharsets.UTF_8)
                .replace("$context.requestTime", "$input.body");
        files.put("template.yaml", template.getBytes(StandardCharsets.UTF_8));

        assertThat(SecurityLint.check(files, false)).containsExactly("Api: the access log writes $input",
                "Api: the access log writes body");
    }

    @Test
    void theLintCatchesCorsCredentialsForAnyOriginAnEchoedOriginAndAPreflightThatRunsAnything() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString() + "cors: {allowOrigins: [https://a.example.com,"
                + " https://b.example.com]}\n"));
        assertThat(SecurityLint.check(files, false)).isEmpty();
        files.put("api.yaml", new String(files.get("api.yaml"), StandardCharsets.UTF_8)
                .replace("type: mock", "type: aws")
                .replace("gatewayresponse.header.Access-Control-Allow-Origin: '''https://a.example.com'''",
                        "gatewayresponse.header.Access-Control-Allow-Origin: method.request.header.Origin")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(SecurityLint.check(files, false)).containsExactly(
                "OPTIONS /sms: open to anyone",
                "DEFAULT_4XX: reflects the caller's method.request.header.Origin",
                "DEFAULT_5XX: reflects the caller's method.request.header.Origin");

        Map<String, byte[]> http = new HashMap<>(TestProjects.render(TestProjects.variants()
                .filter(v -> v.get()[0].equals("cors-http")).findFirst().orElseThrow().get()[1].toString()));
        http.put("api.yaml", new String(http.get("api.yaml"), StandardCharsets.UTF_8)
                .replace("maxAge: 3600", "maxAge: 3600\n  allowCredentials: true").getBytes(StandardCharsets.UTF_8));
        assertThat(SecurityLint.check(http, false)).containsExactly(
                "x-amazon-apigateway-cors: any origin with credentials");
    }

    @Test
    void theLintCatchesAPrivateApiOpenToOtherVpcEndpoints() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString() + "endpointType: PRIVATE\nvpcEndpointIds: [vpce-0123456789abcdef0]\n"));
        assertThat(SecurityLint.check(files, false)).isEmpty();
        files.put("api.yaml", new String(files.get("api.yaml"), StandardCharsets.UTF_8)
                .replace("Effect: Deny", "Effect: Allow").getBytes(StandardCharsets.UTF_8));
        assertThat(SecurityLint.check(files, false))
                .containsExactly("Api: a private API that does not deny calls from other VPC endpoints");
    }

    @Test
    void theLintCatchesAStatusRouteOpenerThanItsStartOrReadingOtherExecutions() {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.variants().findFirst()
                .orElseThrow().get()[1].toString() + "mode: ASYNC\n"));
        assertThat(SecurityLint.check(files, false)).isEmpty();
        String api = new String(files.get("api.yaml"), StandardCharsets.UTF_8);
        int status = api.indexOf("/executions/{executionId}");
        files.put("api.yaml", (api.substring(0, status) + api.substring(status).replaceFirst(
                "security:\n      - api_key: \\[]", "security: []")).getBytes(StandardCharsets.UTF_8));
        files.put("template.yaml", new String(files.get("template.yaml"), StandardCharsets.UTF_8)
                .replace("execution:${StateMachine.Name}:*", "execution:*").getBytes(StandardCharsets.UTF_8));
        assertThat(SecurityLint.check(files, false)).containsExactlyInAnyOrder(
                "GET /sms/executions/{executionId}: open to anyone",
                "GET /sms/executions/{executionId}: protected otherwise than the route it answers for",
                "ApiRole: DescribeExecution on {\"Fn::Sub\":\"arn:${AWS::Partition}:states:${AWS::Region}:"
                        + "${AWS::AccountId}:execution:*\"}");
    }
}
