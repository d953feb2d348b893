package io.github.samhttp.core.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the SAM transform turns a template's resources into, counted as CloudFormation counts them: its limit of
 * resources applies to the transformed template. The rules are those of the SAM translator's own source
 * (samtranslator/model/sam_resources.py and its generators); a resource of a plain CloudFormation type is itself.
 */
public final class SamTransform {

    private SamTransform() {
    }

    /** The CloudFormation resource types one template resource becomes after the transform, in no fixed order. */
    public static List<String> expand(JsonNode resource) {
        JsonNode properties = resource.path("Properties");
        List<String> types = new ArrayList<>();
        switch (resource.path("Type").asText()) {
            case "AWS::Serverless::StateMachine":
                types.add("AWS::StepFunctions::StateMachine");
                // StateMachineGenerator: a role made from Policies unless Role names one.
                if (!properties.has("Role")) {
                    types.add("AWS::IAM::Role");
                }
                for (JsonNode event : properties.path("Events")) {
                    types.addAll(event(event));
                }
                break;
            case "AWS::Serverless::Api":
                // ApiGenerator: the REST API, a deployment named by a hash of its body, and the stage.
                types.add("AWS::ApiGateway::RestApi");
                types.add("AWS::ApiGateway::Deployment");
                types.add("AWS::ApiGateway::Stage");
                domain(properties.path("Domain"), "AWS::ApiGateway::DomainName", "AWS::ApiGateway::BasePathMapping",
                        types);
                break;
            case "AWS::Serverless::HttpApi":
                // HttpApiGenerator: the API and its stage (auto-deployed: no deployment resource).
                types.add("AWS::ApiGatewayV2::Api");
                types.add("AWS::ApiGatewayV2::Stage");
                domain(properties.path("Domain"), "AWS::ApiGatewayV2::DomainName", "AWS::ApiGatewayV2::ApiMapping",
                        types);
                break;
            case "AWS::Serverless::Application":
                types.add("AWS::CloudFormation::Stack");
                break;
            default:
                types.add(resource.path("Type").asText());
                break;
        }
        return types;
    }

    /**
     * A custom domain (REST or HTTP API alike): the domain name, a mapping per base path (one without), and the
     * Route 53 record set group when a hosted zone is named.
     */
    private static void domain(JsonNode domain, String domainType, String mappingType, List<String> types) {
        if (!domain.isObject()) {
            return;
        }
        types.add(domainType);
        int basePaths = domain.path("BasePath").isArray() ? Math.max(1, domain.path("BasePath").size()) : 1;
        for (int i = 0; i < basePaths; i++) {
            types.add(mappingType);
        }
        if (domain.has("Route53")) {
            types.add("AWS::Route53::RecordSetGroup");
        }
    }

    /** A state machine's event source: the rule or schedule, the role it starts executions with, a queue. */
    private static List<String> event(JsonNode event) {
        List<String> types = new ArrayList<>();
        JsonNode deadLetter = event.path("Properties").path("DeadLetterConfig");
        // A dead-letter config of Type SQS (no Arn of an existing queue) makes the queue.
        boolean queue = deadLetter.path("Type").asText().equals("SQS") && !deadLetter.has("Arn");
        switch (event.path("Type").asText()) {
            case "ScheduleV2":
                types.add("AWS::Scheduler::Schedule");
                types.add("AWS::IAM::Role");
                if (queue) {
                    types.add("AWS::SQS::Queue");
                }
                break;
            case "EventBridgeRule":
            case "CloudWatchEvent":
            case "Schedule":
                types.add("AWS::Events::Rule");
                types.add("AWS::IAM::Role");
                if (queue) {
                    types.add("AWS::SQS::Queue");
                    types.add("AWS::SQS::QueuePolicy");
                }
                break;
            case "Api":
                types.add("AWS::IAM::Role");
                break;
            default:
                throw new IllegalArgumentException("no expansion rule for the event type " + event.path("Type"));
        }
        return types;
    }

    /** How many resources a template holds after the transform. */
    public static int count(JsonNode template) {
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            count += expand(it.next().getValue()).size();
        }
        return count;
    }
}
