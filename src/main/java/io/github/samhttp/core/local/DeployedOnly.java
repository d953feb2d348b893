package io.github.samhttp.core.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.aws.ApiTimeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a generated template deploys that a local run cannot show (throttling, alarms, edges, private endpoints,
 * long waits), one line each, for {@code invoke} to name.
 */
final class DeployedOnly {

    private DeployedOnly() {
    }

    static List<String> lines(JsonNode resources, List<LocalProject.Route> routes) {
        List<String> lines = new ArrayList<>();
        int alarms = 0;
        int dashboards = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            JsonNode resource = entry.getValue();
            String type = resource.path("Type").asText();
            JsonNode properties = resource.path("Properties");
            if (properties.has("Domain")) {
                lines.add("the custom domain " + properties.path("Domain").path("DomainName").asText());
            }
            if (type.equals("AWS::Events::Connection") && properties.has("InvocationConnectivityParameters")) {
                // The local run calls the endpoint from this machine: it must be reachable from here.
                lines.add(id + "'s private endpoint reached through " + properties.path("InvocationConnectivityParameters")
                        .path("ResourceParameters").path("ResourceConfigurationArn").asText());
            }
            if (type.equals("AWS::CloudWatch::Alarm")) {
                alarms++;
            } else if (type.equals("AWS::Events::Connection") && properties.has("KmsKeyIdentifier")) {
                lines.add(id + "'s secret encrypted with " + properties.path("KmsKeyIdentifier").asText());
            } else if (type.equals("AWS::CloudWatch::Dashboard")) {
                dashboards++;
            } else if (type.equals("AWS::SNS::Topic")) {
                lines.add("an SNS topic for the alarms, subscribed by "
                        + properties.path("Subscription").path(0).path("Endpoint").asText());
            } else if (type.equals("AWS::WAFv2::WebACLAssociation")) {
                lines.add("the WAF web ACL " + properties.path("WebACLArn").asText());
            } else if (type.equals("AWS::Logs::LogGroup") && id.equals("ApiAccessLogGroup")) {
                lines.add("access logs kept " + properties.path("RetentionInDays").asText() + " days");
            } else if (type.startsWith("AWS::Serverless::") && type.endsWith("Api")) {
                // A REST stage's method settings, or an HTTP API's default route settings: the same two limits.
                JsonNode endpoint = properties.path("EndpointConfiguration");
                if (endpoint.path("Type").asText().equals("PRIVATE")) {
                    // The local run answers from this machine; deployed, only these endpoints reach the API.
                    List<String> ids = new ArrayList<>();
                    endpoint.path("VPCEndpointIds").forEach(v -> ids.add(v.asText()));
                    lines.add("a private API, reached only through " + String.join(", ", ids));
                }
                JsonNode limits = properties.has("MethodSettings") ? properties.path("MethodSettings").path(0)
                        : properties.path("DefaultRouteSettings");
                if (limits.has("ThrottlingRateLimit")) {
                    lines.add("throttling: " + limits.path("ThrottlingRateLimit").asText() + " requests per second,"
                            + " bursts of " + limits.path("ThrottlingBurstLimit").asText());
                }
            }
        }
        for (LocalProject.Route route : routes) {
            int millis = route.integration() == null ? 0 : route.integration().path("timeoutInMillis").asInt();
            if (millis > ApiTimeouts.DEFAULT_SECONDS * 1000) {
                lines.add("API Gateway's " + millis / 1000 + " s wait for " + route.method() + " " + route.path()
                        + " (the account's quota must allow it)");
            }
        }
        if (dashboards > 0) {
            lines.add(dashboards == 1 ? "a CloudWatch dashboard" : dashboards + " CloudWatch dashboards");
        }
        if (alarms > 0) {
            lines.add(0, alarms + " CloudWatch alarm" + (alarms == 1 ? "" : "s"));
        }
        return lines;
    }
}
