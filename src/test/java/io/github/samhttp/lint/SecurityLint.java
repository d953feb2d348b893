package io.github.samhttp.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules cfn-nag and Checkov apply, checked on our own output: no wildcard IAM action; {@code Resource: "*"}
 * only where AWS requires it (log delivery, X-Ray writes) or under both HTTP conditions; every API method protected unless the descriptor opened it;
 * log retention set; execution data not logged; HTTPS only; every secret of the connection a dynamic reference;
 * every alarm on a metric of this stack, notifying only an SNS topic; alarm topics subscribed by email only.
 */
public final class SecurityLint {

    static final Set<String> LOG_DELIVERY = Set.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
    static final Set<String> XRAY = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets");
    static final Set<String> SECRET_FIELDS = Set.of("Password", "ApiKeyValue", "ClientSecret");

    private SecurityLint() {
    }

    /** The violations in a generated project; {@code openApi} says whether the descriptor asked for apiAuth NONE. */
    public static List<String> check(Map<String, byte[]> files, boolean openApi) {
        List<String> violations = new ArrayList<>();
        try {
            JsonNode template = new YAMLMapper().readTree(files.get("template.yaml"));
            // An event-triggered project has no API: nothing to protect, and no API resource may exist.
            JsonNode api = files.containsKey("api.yaml") ? new YAMLMapper().readTree(files.get("api.yaml")) : null;
            if (api == null && template.toString().contains("AWS::Serverless::")
                    && (template.toString().contains("\"AWS::Serverless::Api\"")
                    || template.toString().contains("\"AWS::Serverless::HttpApi\""))) {
                violations.add("template.yaml: an API without its api.yaml");
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getKey().endsWith(".asl.json")) {
                    checkAsl(new ObjectMapper().readTree(file.getValue()), violations);
                }
            }
            checkTemplate(template, violations);
            if (api != null) {
                checkApi(api, openApi, violations);
                checkCors(api, violations);
                checkPrivate(template, api, violations);
                checkStatusRoutes(api, violations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return violations;
    }

    private static void checkTemplate(JsonNode template, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String id = resource.getKey();
            JsonNode properties = resource.getValue().path("Properties");
            switch (resource.getValue().path("Type").asText()) {
                case "AWS::Logs::LogGroup":
                    if (!properties.has("RetentionInDays")) {
                        violations.add(id + ": log group without RetentionInDays");
                    }
                    break;
                case "AWS::Serverless::StateMachine":
                    if (properties.path("Logging").path("IncludeExecutionData").asBoolean(true)) {
                        violations.add(id + ": execution data (request bodies) would be logged");
                    }
                    properties.path("Policies").forEach(p -> checkStatements(id, p.path("Statement"), violations));
                    break;
                case "AWS::IAM::Role":
                    properties.path("Policies").forEach(p -> checkStatements(id, p.path("PolicyDocument")
                            .path("Statement"), violations));
                    break;
                case "AWS::Events::Connection":
                    checkSecrets(id, properties.path("AuthParameters"), violations);
                    break;
                case "AWS::Serverless::Api":
                case "AWS::Serverless::HttpApi":
                    checkAccessLog(id, properties.has("AccessLogSetting") ? properties.path("AccessLogSetting")
                            : properties.path("AccessLogSettings"), violations);
                    break;
                case "AWS::CloudWatch::Alarm":
                    checkAlarm(id, properties, template.path("Resources"), violations);
                    break;
                case "AWS::SNS::Topic":
                    properties.path("Subscription").forEach(subscription -> {
                        if (!"email".equals(subscription.path("Protocol").asText())) {
                            violations.add(id + ": a subscription other than email: "
                                    + subscription.path("Protocol").asText());
                        }
                    });
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * An alarm watches a metric of this stack: a namespace, a metric name, and dimensions that name a resource of
     * the template (or the API by its name); it notifies only a topic of the template or an SNS topic's ARN.
     */
    private static void checkAlarm(String id, JsonNode alarm, JsonNode resources, List<String> violations) {
        if (alarm.path("Namespace").asText().isEmpty() || alarm.path("MetricName").asText().isEmpty()
                || alarm.path("Dimensions").isEmpty()) {
            violations.add(id + ": an alarm without a metric of this stack");
        }
        for (JsonNode dimension : alarm.path("Dimensions")) {
            String target = dimension.path("Value").path("Ref").asText();
            if (!target.isEmpty() && !resources.has(target)) {
                violations.add(id + ": watches " + target + ", which the template does not have");
            }
        }
        for (String actions : List.of("AlarmActions", "OKActions")) {
            for (JsonNode action : alarm.path(actions)) {
                boolean ours = resources.path(action.path("Ref").asText()).path("Type").asText()
                        .equals("AWS::SNS::Topic");
                if (!ours && !action.asText().startsWith("arn:aws")) {
                    violations.add(id + ": notifies " + action + ", not an SNS topic");
                }
            }
        }
    }

    /** An access log line holds no request data: no body, header, query string, path parameter or API key. */
    private static void checkAccessLog(String id, JsonNode setting, List<String> violations) {
        String format = setting.path("Format").asText();
        for (String leak : List.of("$input", "$request", "$context.identity.apiKey", "header", "querystring",
                "body", "$method.request")) {
            if (format.contains(leak)) {
                violations.add(id + ": the access log writes " + leak);
            }
        }
    }

    private static void checkStatements(String id, JsonNode statements, List<String> violations) {
        for (JsonNode statement : statements) {
            List<String> actions = new ArrayList<>();
            JsonNode action = statement.path("Action");
            if (action.isArray()) {
                action.forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(action.asText());
            }
            for (String name : actions) {
                if (name.contains("*")) {
                    violations.add(id + ": wildcard action " + name);
                }
            }
            if (actions.contains("states:DescribeExecution")) {
                // An ASYNC route reads its own state machine's executions, never another's.
                List<JsonNode> resources = new ArrayList<>();
                statement.path("Resource").forEach(resources::add);
                if (!statement.path("Resource").isArray()) {
                    resources = List.of(statement.path("Resource"));
                }
                for (JsonNode resource : resources) {
                    if (!resource.path("Fn::Sub").asText().matches(
                            "arn:\\$\\{AWS::Partition}:states:\\$\\{AWS::Region}:\\$\\{AWS::AccountId}:execution:"
                                    + "\\$\\{[A-Za-z0-9]+\\.Name}:\\*")) {
                        violations.add(id + ": DescribeExecution on " + resource);
                    }
                }
            }
            if (!"*".equals(statement.path("Resource").asText())) {
                continue;
            }
            JsonNode condition = statement.path("Condition");
            boolean httpScoped = actions.equals(List.of("states:InvokeHTTPEndpoint"))
                    && condition.path("StringEquals").has("states:HTTPMethod")
                    && condition.path("StringLike").has("states:HTTPEndpoint");
            if (!httpScoped && !LOG_DELIVERY.containsAll(actions) && !XRAY.containsAll(actions)) {
                violations.add(id + ": Resource \"*\" for " + actions);
            }
        }
    }

    private static void checkSecrets(String id, JsonNode node, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (SECRET_FIELDS.contains(field.getKey()) && !field.getValue().asText().startsWith("{{resolve:")) {
                violations.add(id + ": " + field.getKey() + " is not a dynamic reference");
            }
            checkSecrets(id, field.getValue(), violations);
        }
    }

    private static void checkApi(JsonNode api, boolean openApi, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                boolean secured = op.getValue().path("security").size() > 0;
                // A CORS preflight is open by design (browsers send it without credentials): API Gateway answers it
                // itself (a mock integration), it starts no execution.
                if (op.getKey().equals("options") && !secured && op.getValue().path("x-amazon-apigateway-integration")
                        .path("type").asText().equals("mock")) {
                    continue;
                }
                if (!secured && !openApi) {
                    violations.add(op.getKey().toUpperCase() + " " + path.getKey() + ": open to anyone");
                }
                if (secured && openApi) {
                    violations.add(op.getKey().toUpperCase() + " " + path.getKey() + ": protected against the descriptor");
                }
            }
        }
    }

    /**
     * CORS: never any origin with credentials, never the caller's Origin echoed by a gateway response (which cannot
     * check it against the list).
     */
    private static void checkCors(JsonNode api, List<String> violations) {
        JsonNode httpCors = api.path("x-amazon-apigateway-cors");
        if (httpCors.path("allowCredentials").asBoolean(false)
                && httpCors.path("allowOrigins").toString().contains("\"*\"")) {
            violations.add("x-amazon-apigateway-cors: any origin with credentials");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = api.path("x-amazon-apigateway-gateway-responses").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            JsonNode parameters = response.getValue().path("responseParameters");
            String origin = parameters.path("gatewayresponse.header.Access-Control-Allow-Origin").asText();
            boolean credentials = parameters.has("gatewayresponse.header.Access-Control-Allow-Credentials");
            if (origin.startsWith("method.request.")) {
                violations.add(response.getKey() + ": reflects the caller's " + origin);
            } else if (credentials && origin.equals("'*'")) {
                violations.add(response.getKey() + ": credentials allowed for any origin");
            }
        }
    }

    /** An ASYNC route's status route is protected as the route that starts the executions. */
    private static void checkStatusRoutes(JsonNode api, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String suffix = "/executions/{executionId}";
            if (!path.getKey().endsWith(suffix)) {
                continue;
            }
            JsonNode start = api.path("paths").path(path.getKey().substring(0, path.getKey().length()
                    - suffix.length()));
            for (JsonNode operation : start) {
                if (!operation.path("security").equals(path.getValue().path("get").path("security"))
                        && operation.path("x-amazon-apigateway-integration").path("uri").toString()
                        .contains("StartExecution")) {
                    violations.add("GET " + path.getKey() + ": protected otherwise than the route it answers for");
                }
            }
        }
    }

    /** A private API denies every call that does not come through its own VPC endpoints. */
    private static void checkPrivate(JsonNode template, JsonNode api, List<String> violations) {
        JsonNode endpoint = template.path("Resources").path("Api").path("Properties").path("EndpointConfiguration");
        if (!endpoint.path("Type").asText().equals("PRIVATE")) {
            return;
        }
        boolean denied = false;
        for (JsonNode statement : api.path("x-amazon-apigateway-policy").path("Statement")) {
            denied |= statement.path("Effect").asText().equals("Deny") && statement.path("Condition")
                    .path("StringNotEquals").path("aws:SourceVpce").equals(endpoint.path("VPCEndpointIds"));
        }
        if (!denied) {
            violations.add("Api: a private API that does not deny calls from other VPC endpoints");
        }
    }

    private static void checkAsl(JsonNode asl, List<String> violations) {
        for (Iterator<Map.Entry<String, JsonNode>> it = asl.path("States").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> state = it.next();
            JsonNode endpoint = state.getValue().path("Parameters").path("ApiEndpoint");
            JsonNode formatted = state.getValue().path("Parameters").path("ApiEndpoint.$");
            if (!formatted.isMissingNode() && !formatted.asText().startsWith("States.Format('https://")) {
                violations.add(state.getKey() + ": endpoint " + formatted.asText() + " is not https://");
            }
            if (!endpoint.isMissingNode() && !endpoint.asText().startsWith("https://")) {
                violations.add(state.getKey() + ": endpoint " + endpoint.asText() + " is not https://");
            }
        }
    }
}
