package io.github.samhttp.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resources CloudFormation counts, per kind of resource the plugin writes, by the SAM translator's rules
 * (aws/serverless-application-model: stepfunctions/generators.py StateMachineGenerator, eventsources/scheduler.py,
 * stepfunctions/events.py, eventbridge_utils.py, api/api_generator.py, api/http_api_generator.py,
 * sam_resources.py SamApplication); and every kind the plugin writes, over every test project and example, is one
 * of these.
 */
class SamTransformTest {

    static final YAMLMapper YAML = new YAMLMapper();

    /** A kind of resource, as it appears in a template, and what the transform makes of it. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("state machine, inline policies", """
                        Type: AWS::Serverless::StateMachine
                        Properties: {Type: EXPRESS, DefinitionUri: a.json, Policies: [{Version: "2012-10-17", Statement: []}],
                          Logging: {Level: ERROR}, Tracing: {Enabled: true}}
                        """, List.of("AWS::StepFunctions::StateMachine", "AWS::IAM::Role")),
                Arguments.of("state machine, ScheduleV2", """
                        Type: AWS::Serverless::StateMachine
                        Properties: {Policies: [], Events: {Trigger: {Type: ScheduleV2, Properties: {ScheduleExpression: rate(1 day), OmitName: true}}}}
                        """, List.of("AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::Scheduler::Schedule",
                        "AWS::IAM::Role")),
                // Scheduler writes to the queue through its role: no queue policy.
                Arguments.of("state machine, ScheduleV2 with a dead-letter queue", """
                        Type: AWS::Serverless::StateMachine
                        Properties: {Policies: [], Events: {Trigger: {Type: ScheduleV2, Properties: {ScheduleExpression: rate(1 day),
                          DeadLetterConfig: {Type: SQS, QueueLogicalId: StateMachineTriggerQueue}}}}}
                        """, List.of("AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::Scheduler::Schedule",
                        "AWS::IAM::Role", "AWS::SQS::Queue")),
                Arguments.of("state machine, EventBridgeRule", """
                        Type: AWS::Serverless::StateMachine
                        Properties: {Policies: [], Events: {Trigger: {Type: EventBridgeRule, Properties: {Pattern: {source: [a]}}}}}
                        """, List.of("AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::Events::Rule",
                        "AWS::IAM::Role")),
                Arguments.of("state machine, EventBridgeRule with a dead-letter queue", """
                        Type: AWS::Serverless::StateMachine
                        Properties: {Policies: [], Events: {Trigger: {Type: EventBridgeRule, Properties: {Pattern: {source: [a]},
                          DeadLetterConfig: {Type: SQS, QueueLogicalId: StateMachineTriggerQueue}}}}}
                        """, List.of("AWS::StepFunctions::StateMachine", "AWS::IAM::Role", "AWS::Events::Rule",
                        "AWS::IAM::Role", "AWS::SQS::Queue", "AWS::SQS::QueuePolicy")),
                Arguments.of("REST API", """
                        Type: AWS::Serverless::Api
                        Properties: {StageName: prod, OpenApiVersion: "3.0.1", EndpointConfiguration: {Type: PRIVATE}}
                        """, List.of("AWS::ApiGateway::RestApi", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Stage")),
                Arguments.of("REST API, custom domain with base path and Route 53", """
                        Type: AWS::Serverless::Api
                        Properties: {StageName: prod, Domain: {DomainName: a.example.com, CertificateArn: c,
                          EndpointConfiguration: REGIONAL, BasePath: [v1], Route53: {HostedZoneId: Z1}}}
                        """, List.of("AWS::ApiGateway::RestApi", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Stage",
                        "AWS::ApiGateway::DomainName", "AWS::ApiGateway::BasePathMapping",
                        "AWS::Route53::RecordSetGroup")),
                Arguments.of("REST API, custom domain without base path", """
                        Type: AWS::Serverless::Api
                        Properties: {StageName: prod, Domain: {DomainName: a.example.com, CertificateArn: c}}
                        """, List.of("AWS::ApiGateway::RestApi", "AWS::ApiGateway::Deployment", "AWS::ApiGateway::Stage",
                        "AWS::ApiGateway::DomainName", "AWS::ApiGateway::BasePathMapping")),
                // An HTTP API's stage deploys itself: no deployment resource.
                Arguments.of("HTTP API", """
                        Type: AWS::Serverless::HttpApi
                        Properties: {StageName: prod}
                        """, List.of("AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Stage")),
                Arguments.of("HTTP API, custom domain with base path and Route 53", """
                        Type: AWS::Serverless::HttpApi
                        Properties: {StageName: prod, Domain: {DomainName: a.example.com, CertificateArn: c,
                          BasePath: [v1], Route53: {HostedZoneId: Z1}}}
                        """, List.of("AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Stage", "AWS::ApiGatewayV2::DomainName",
                        "AWS::ApiGatewayV2::ApiMapping", "AWS::Route53::RecordSetGroup")),
                Arguments.of("nested stack", """
                        Type: AWS::Serverless::Application
                        Properties: {Location: integrations-00.yaml}
                        """, List.of("AWS::CloudFormation::Stack")),
                Arguments.of("plain CloudFormation", """
                        Type: AWS::Events::Connection
                        """, List.of("AWS::Events::Connection")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindExpandsAsTheTranslatorDoes(String kind, String resource, List<String> expected) throws Exception {
        assertThat(SamTransform.expand(YAML.readTree(resource))).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** What decides a resource's expansion: its type, an event's type and queue, a domain's parts. */
    static String kind(JsonNode resource) {
        JsonNode properties = resource.path("Properties");
        StringBuilder kind = new StringBuilder(resource.path("Type").asText());
        for (JsonNode event : properties.path("Events")) {
            kind.append(" + ").append(event.path("Type").asText())
                    .append(event.path("Properties").has("DeadLetterConfig") ? " + queue" : "");
        }
        JsonNode domain = properties.path("Domain");
        if (domain.isObject()) {
            kind.append(" + domain").append(domain.has("BasePath") ? " + base path" : "")
                    .append(domain.has("Route53") ? " + Route 53" : "");
        }
        return kind.toString();
    }

    @Test
    void everyKindThePluginWritesHasItsRuleAbove() throws Exception {
        Map<String, Integer> written = new TreeMap<>();
        List<Map<String, byte[]>> projects = new ArrayList<>();
        TestProjects.variants().forEach(v -> projects.add(TestProjects.render(v.get()[1].toString())));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.sorted().toList()) {
                projects.add(TestProjects.render(example.resolve("integration.yaml")));
            }
        }
        for (Map<String, byte[]> files : projects) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().endsWith(".yaml") && !file.getKey().equals("api.yaml")) {
                    for (JsonNode resource : YAML.readTree(file.getValue()).path("Resources")) {
                        written.merge(kind(resource), SamTransform.expand(resource).size(), Math::max);
                    }
                }
            }
        }
        TreeSet<String> serverless = new TreeSet<>();
        written.keySet().stream().filter(k -> k.startsWith("AWS::Serverless::")).forEach(serverless::add);
        // Every SAM kind the plugin writes is one with its rule above (the plain types are themselves).
        assertThat(serverless).contains("AWS::Serverless::Application").isSubsetOf(
                "AWS::Serverless::StateMachine",
                "AWS::Serverless::StateMachine + ScheduleV2",
                "AWS::Serverless::StateMachine + ScheduleV2 + queue",
                "AWS::Serverless::StateMachine + EventBridgeRule",
                "AWS::Serverless::StateMachine + EventBridgeRule + queue",
                "AWS::Serverless::Api",
                "AWS::Serverless::Api + domain + base path + Route 53",
                "AWS::Serverless::HttpApi",
                "AWS::Serverless::Application");
        written.forEach((kind, count) -> {
            if (!kind.startsWith("AWS::Serverless::")) {
                assertThat(count).as(kind).isEqualTo(1);
            }
        });
    }
}
