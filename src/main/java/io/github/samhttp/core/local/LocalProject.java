package io.github.samhttp.core.local;

import io.github.samhttp.core.local.apigateway.RoutePaths;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.aws.CfnSub;
import io.github.samhttp.core.Setting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A generated SAM project read back as the local runtime needs it: the connections, the state machines (with
 * DefinitionSubstitutions applied) and the API routes with their integrations (with Fn::Sub resolved). ARNs are
 * made up in the {@value #REGION} region of account {@value #ACCOUNT}.
 */
public final class LocalProject {

    public static final String REGION = "local";
    public static final String ACCOUNT = "000000000000";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One API method: its integration as written in the OpenAPI body, and the JSON Schema its request validator
     * checks the body against (null when the body is not validated).
     */
    public record Route(String method, String path, JsonNode integration, JsonNode bodySchema) {
        /** A route API Gateway answers itself (the CORS preflight): never the one a request means by default. */
        boolean mock() {
            return integration != null && "mock".equals(integration.path("type").asText());
        }
    }

    private final JsonNode resources;
    private final Map<String, JsonNode> connections = new LinkedHashMap<>();
    private final Map<String, JsonNode> stateMachines = new LinkedHashMap<>();
    private final Map<String, JsonNode> stateMachineProperties = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private JsonNode gatewayResponses = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    private JsonNode httpApiCors = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    private boolean httpApi;
    private JsonNode event = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    private final JsonNode template;
    /** The outputs of the nested stacks, by {@code <stack>.Outputs.<name>}. */
    private final Map<String, JsonNode> nestedOutputs;

    private LocalProject(NestedStacks.Flat flat) {
        this.template = flat.template();
        this.resources = template.path("Resources");
        this.nestedOutputs = flat.outputs();
    }

    /** Reads every file under a generated project folder. */
    public static Map<String, byte[]> readFolder(Path folder) throws SamHttpException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new SamHttpException(folder + ": cannot read the generated project (" + e + ")", e);
        }
        return files;
    }

    /** Loads a project from its files (relative path to bytes). */
    public static LocalProject load(Map<String, byte[]> files) throws SamHttpException {
        byte[] templateBytes = files.get("template.yaml");
        if (templateBytes == null) {
            throw new SamHttpException(List.of("template.yaml: not found. Fix: point the goal at a folder that"
                    + " sam-http:generate wrote, or at the descriptor"));
        }
        try {
            LocalProject project = new LocalProject(NestedStacks.flatten(YAML.readTree(templateBytes), files));
            project.index(files);
            return project;
        } catch (IOException | IllegalArgumentException e) {
            throw new SamHttpException("the generated project cannot be read: " + e.getMessage(), e);
        }
    }

    private void index(Map<String, byte[]> files) throws IOException {
        this.files.putAll(files);
        for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            if (parameter.getValue().path("Type").asText().equals("AWS::SSM::Parameter::Value<String>")) {
                parameters.put(parameter.getKey(), "ssm:" + parameter.getValue().path("Default").asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String id = resource.getKey();
            JsonNode properties = resource.getValue().path("Properties");
            switch (resource.getValue().path("Type").asText()) {
                case "AWS::Events::Connection":
                    connections.put(arn(id), properties);
                    break;
                case "AWS::Serverless::StateMachine":
                    stateMachineProperties.put(arn(id), properties);
                    properties.path("Events").elements().forEachRemaining(event -> this.event = event);
                    stateMachines.put(arn(id), definition(properties, Map.of()));
                    break;
                case "AWS::Serverless::Api":
                case "AWS::Serverless::HttpApi":
                    String location = properties.path("DefinitionBody").path("Fn::Transform").path("Parameters")
                            .path("Location").asText();
                    byte[] body = files.get(location);
                    if (body == null) {
                        throw new IllegalArgumentException("the API body " + location + " is missing");
                    }
                    routes(YAML.readTree(body));
                    break;
                default:
                    break;
            }
        }
    }

    private JsonNode definition(JsonNode properties, Map<String, String> parameterValues) throws IOException {
        String uri = properties.path("DefinitionUri").asText();
        byte[] bytes = files.get(uri);
        if (bytes == null) {
            throw new IllegalArgumentException("the state machine definition " + uri + " is missing");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.path("DefinitionSubstitutions").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> substitution = it.next();
            text = text.replace("${" + substitution.getKey() + "}", value(substitution.getValue(), parameterValues));
        }
        return JSON.readTree(text);
    }

    private JsonNode bodySchema(JsonNode api, JsonNode operation) {
        String validator = operation.path("x-amazon-apigateway-request-validator")
                .asText(api.path("x-amazon-apigateway-request-validator").asText(""));
        if (!api.path("x-amazon-apigateway-request-validators").path(validator).path("validateRequestBody")
                .asBoolean(false)) {
            return null;
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            schema = api.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema.isObject() ? schema : null;
    }

    private void routes(JsonNode api) {
        this.gatewayResponses = api.path("x-amazon-apigateway-gateway-responses");
        this.httpApiCors = api.path("x-amazon-apigateway-cors");
        this.httpApi = api.has("x-amazon-apigateway-importexport-version");
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode integration = method.getValue().path("x-amazon-apigateway-integration");
                if (!integration.isMissingNode()) {
                    routes.add(new Route(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), integration,
                            bodySchema(api, method.getValue())));
                }
            }
        }
    }

    /** A CloudFormation value as deployment would resolve it, with made-up ARNs and pseudo parameters. */
    public String value(JsonNode node) {
        return value(node, Map.of());
    }

    /** As {@link #value(JsonNode)}, with template parameters (by logical ID) set to {@code parameterValues}. */
    private String value(JsonNode node, Map<String, String> parameterValues) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.has("Ref")) {
            String id = node.get("Ref").asText();
            if (parameters.containsKey(id)) {
                // Unresolved (left as a placeholder) until the runtime gives the parameter's local value.
                return parameterValues.getOrDefault(id, "${" + id + "}");
            }
            // Ref gives the name of a connection or a role (only GetAtt gives their ARN), the ARN of a state machine.
            String type = resources.path(id).path("Type").asText();
            return type.equals("AWS::Events::Connection") || type.equals("AWS::IAM::Role") ? id : reference(id);
        }
        if (node.has("Fn::FindInMap")) {
            JsonNode keys = node.get("Fn::FindInMap");
            JsonNode found = template.path("Mappings").path(keys.get(0).asText()).path(keys.get(1).asText())
                    .path(keys.get(2).asText());
            if (!found.isTextual()) {
                throw new IllegalArgumentException("no mapping value " + keys + " in template.yaml");
            }
            return found.asText();
        }
        if (node.has("Fn::GetAtt")) {
            return reference(node.get("Fn::GetAtt").get(0).asText() + "." + node.get("Fn::GetAtt").get(1).asText());
        }
        if (node.has("Fn::Sub")) {
            JsonNode sub = node.get("Fn::Sub");
            String template = sub.isArray() ? sub.get(0).asText() : sub.asText();
            JsonNode variables = sub.isArray() ? sub.get(1) : null;
            return CfnSub.resolve(template, name -> variables != null && variables.has(name)
                    ? value(variables.get(name), parameterValues) : reference(name));
        }
        throw new IllegalArgumentException("the local runtime cannot resolve " + node);
    }

    private String reference(String name) {
        if (nestedOutputs.containsKey(name)) {
            return value(nestedOutputs.get(name));
        }
        switch (name) {
            case "AWS::Region":
                return REGION;
            case "AWS::AccountId":
                return ACCOUNT;
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return "local";
            default:
                break;
        }
        if (name.endsWith(".Name") && resources.has(name.substring(0, name.length() - 5))) {
            // A state machine's name: its logical ID, as in the made-up ARN.
            return name.substring(0, name.length() - 5);
        }
        String id = name.endsWith(".Arn") ? name.substring(0, name.length() - 4) : name;
        if (!resources.has(id)) {
            throw new IllegalArgumentException("no resource " + id + " in template.yaml");
        }
        return arn(id);
    }

    private String arn(String id) {
        switch (resources.path(id).path("Type").asText()) {
            case "AWS::Events::Connection":
                return "arn:aws:events:" + REGION + ":" + ACCOUNT + ":connection/" + id;
            case "AWS::Serverless::StateMachine":
                return "arn:aws:states:" + REGION + ":" + ACCOUNT + ":stateMachine:" + id;
            case "AWS::IAM::Role":
                return "arn:aws:iam::" + ACCOUNT + ":role/" + id;
            default:
                return id;
        }
    }

    public Map<String, JsonNode> connections() {
        return connections;
    }

    /** The definitions, with template parameters left unresolved. */
    public Map<String, JsonNode> stateMachines() {
        return stateMachines;
    }

    /** The template's SSM-typed parameters: logical ID to the reference of their default, {@code ssm:/name}. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** A state machine's definition with the template parameters set to {@code values} (by logical ID). */
    public JsonNode definition(String arn, Map<String, String> values) throws IOException {
        JsonNode properties = stateMachineProperties.get(arn);
        if (properties == null) {
            return null;
        }
        return definition(properties, values);
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * What the template deploys that a local run cannot show: the API's throttle and endpoint, the CloudWatch alarms
     * and the topic they notify, the dashboard, the edges. One line each, empty when there is none.
     */
    public List<String> deployedOnly() {
        return DeployedOnly.lines(resources, routes);
    }

    /** Whether an event (an EventBridge rule or a schedule) starts the workflow, rather than an API. */
    public boolean eventTriggered() {
        return routes.isEmpty() && !event.isMissingNode();
    }

    /** The SAM event type that starts the workflow (EventBridgeRule, ScheduleV2), or null. */
    public String triggerType() {
        return event.isMissingNode() ? null : event.path("Type").asText();
    }

    /** A schedule's constant execution input, or null. */
    public String scheduleInput() {
        JsonNode input = event.path("Properties").path("Input");
        return input.isTextual() ? input.asText() : null;
    }

    /** The REST API's customised gateway responses by type (e.g. BAD_REQUEST_BODY), or a missing node. */
    public JsonNode gatewayResponses() {
        return gatewayResponses;
    }

    /** Whether the API is an HTTP API (v2). */
    public boolean httpApi() {
        return httpApi;
    }

    /** An HTTP API's own CORS configuration, or a missing node. */
    public JsonNode httpApiCors() {
        return httpApiCors;
    }

    /** The API's only route; with several, an error listing them. */
    public Route onlyRoute() throws SamHttpException {
        return route(null, null);
    }

    /**
     * The route a request names, either part (or both) left out when only one route fits; a request for a route
     * the API lacks is passed on as asked, for API Gateway's own answer.
     */
    public Route route(String method, String path) throws SamHttpException {
        if (method != null && path != null) {
            return new Route(method.toUpperCase(Locale.ROOT), path, null, null);
        }
        List<Route> fitting = new ArrayList<>();
        for (Route route : routes) {
            if ((method == null ? !route.mock() : route.method().equalsIgnoreCase(method))
                    && (path == null || RoutePaths.matches(route.path(), path, RoutePaths.Reading.AS_SENT, new LinkedHashMap<>()))) {
                fitting.add(route);
            }
        }
        if (fitting.size() == 1 && path == null && fitting.get(0).path().contains("{")) {
            throw new SamHttpException(List.of("the route " + fitting.get(0).method() + " " + fitting.get(0).path()
                    + " has path parameters. Fix: give the path to call, e.g. "
                    + Setting.PATH.mention(fitting.get(0).path().replaceAll("\\{[^}]*}", "42"))));
        }
        if (fitting.size() == 1) {
            Route route = fitting.get(0);
            return path == null ? route : new Route(route.method(), path, route.integration(), route.bodySchema());
        }
        List<String> names = new ArrayList<>();
        routes.forEach(r -> {
            if (!r.mock()) {
                names.add(r.method() + " " + r.path());
            }
        });
        throw new SamHttpException(List.of("the API has " + (fitting.isEmpty() ? "no route" : fitting.size()
                + " routes") + " that fit (its routes: " + String.join(", ", names)
                + "). Fix: choose one with " + Setting.METHOD.mention("...") + " " + Setting.PATH.mention("...")));
    }
}
