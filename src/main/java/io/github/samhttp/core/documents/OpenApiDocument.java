package io.github.samhttp.core.documents;

import io.github.samhttp.core.model.LogicalIds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.RequestShaping;
import io.github.samhttp.core.model.Service;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3 body of the REST API, included into the template with {@code AWS::Include}: one path and method
 * whose {@code aws} integration calls StartSyncExecution with the API role.
 */
final class OpenApiDocument {

    static final String API_KEY_SCHEME = "api_key";
    static final String SIGV4_SCHEME = "sigv4";
    static final String BODY_VALIDATOR = "body";

    private OpenApiDocument() {
    }

    static ObjectNode build(Service service) {
        ObjectNode api = start(service, "");
        ObjectNode paths = api.putObject("paths");
        ObjectNode models = Cfn.object();
        for (Service.Member member : service.members()) {
            Integration integration = member.integration();
            String model = service.single() ? LogicalIds.REQUEST_MODEL : LogicalIds.requestModel(integration.name());
            operation(operationNode(paths, integration), member, model, service.settings().apiAuth());
            if (integration.mode() == Mode.ASYNC) {
                AsyncRoutes.status(paths, member, service.settings().apiAuth());
            }
            if (integration.request().bodySchema() != null) {
                models.set(model, Cfn.tree(integration.request().bodySchema()));
            }
        }
        if (!models.isEmpty()) {
            components(api).set("schemas", models);
            api.putObject("x-amazon-apigateway-request-validators").putObject(BODY_VALIDATOR)
                    .put("validateRequestBody", true).put("validateRequestParameters", false);
            // The same {"error", "cause"} body as every other error. Gateway response templates are not run by
            // VTL, so API Gateway's detail ($context.error.validationErrorString) could not be escaped for JSON:
            // it is left out.
            api.putObject("x-amazon-apigateway-gateway-responses").putObject("BAD_REQUEST_BODY")
                    .put("statusCode", "400").putObject("responseTemplates").put("application/json",
                            "{\"error\": \"BadRequestBody\", \"cause\": \"The request body does not match"
                                    + " the API's request schema.\"}");
        }
        if (service.settings().edges().cors() != null) {
            CrossOrigin.restApi(api, service, service.settings().edges().cors());
        }
        if (service.settings().edges().endpointType() == EndpointType.PRIVATE) {
            privatePolicy(api, service.settings().edges().vpcEndpointIds());
        }
        if (service.settings().apiAuth() != ApiAuth.NONE) {
            ObjectNode schemes = components(api).putObject("securitySchemes");
            if (service.settings().apiAuth() == ApiAuth.API_KEY) {
                schemes.putObject(API_KEY_SCHEME).put("type", "apiKey").put("name", "x-api-key").put("in", "header");
            } else {
                sigv4Scheme(schemes);
            }
        }
        return api;
    }

    private static void operation(ObjectNode operation, Service.Member member, String model, ApiAuth apiAuth) {
        Integration integration = member.integration();
        operation.put("operationId", member.operationId());
        operation.put("summary", "Call " + integration.endpoint().host());
        operation.set("security", security(apiAuth));
        ArrayNode parameters = Cfn.array();
        RequestShaping request = integration.request();
        for (String name : request.pathParameters()) {
            parameter(parameters, name, "path", true);
        }
        for (String name : request.forwardQuery()) {
            parameter(parameters, name, "query", false);
        }
        for (String name : request.forwardHeaders()) {
            parameter(parameters, name, "header", false);
        }
        if (integration.idempotencyHeader() != null) {
            parameter(parameters, integration.idempotencyHeader(), "header", false);
            ((ObjectNode) parameters.get(parameters.size() - 1)).put("description", "Names the execution: a retry"
                    + " with the same value gets the execution it started");
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (request.bodySchema() != null) {
            // API Gateway turns the schema into a model and validates every request body against it: a body
            // that does not match is answered 400 before any state machine runs.
            operation.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json").putObject("schema")
                    .put("$ref", "#/components/schemas/" + model);
            operation.put("x-amazon-apigateway-request-validator", BODY_VALIDATOR);
        } else if (integration.requestBody() != null) {
            operation.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json").putObject("schema").put("type", "object");
        }
        ObjectNode responses = operation.putObject("responses");
        if (integration.mode() == Mode.ASYNC) {
            AsyncRoutes.startResponses(responses);
            operation.set("x-amazon-apigateway-integration", AsyncRoutes.start(member));
            return;
        }
        answerResponses(responses, integration);
        ObjectNode target = integration(member, "StartSyncExecution", Cfn.sub(MappingTemplates.request(inputParts(integration)),
                requestVariables(member)), integration.apiTimeoutSeconds());
        ObjectNode targetResponses = target.putObject("responses");
        integrationResponse(targetResponses, "[45]\\d{2}", "502", TextNode.valueOf(MappingTemplates.startError()));
        integrationResponse(targetResponses, "default", "200", TextNode.valueOf(MappingTemplates.response()));
        operation.set("x-amazon-apigateway-integration", target);
    }

    /** The answers of the third party's call, as the synchronous route and the status route give them. */
    static void answerResponses(ObjectNode responses, Integration integration) {
        response(responses, "200", "The third-party API's answer, with its status code");
        response(responses, "400", "The request was not valid, or the third-party API answered with a 4xx status");
        response(responses, "502", "The third-party API failed or could not be reached");
        response(responses, "504", "The third-party API did not answer in time");
        for (int status : new java.util.TreeSet<>(integration.response().errorStatus().values())) {
            if (!responses.has(Integer.toString(status))) {
                response(responses, Integer.toString(status), "A third-party error mapped by errorStatus");
            }
        }
    }

    /**
     * A private API's resource policy: calls through the listed VPC endpoints only (API Gateway refuses to deploy a
     * private API without one). The API's own auth still applies to the calls it lets through.
     */
    private static void privatePolicy(ObjectNode api, List<String> vpcEndpointIds) {
        ObjectNode policy = api.putObject("x-amazon-apigateway-policy").put("Version", Cfn.POLICY_VERSION);
        ArrayNode statements = policy.putArray("Statement");
        ArrayNode endpoints = Cfn.array();
        vpcEndpointIds.forEach(endpoints::add);
        statements.addObject().put("Sid", "DenyOutsideTheVpcEndpoints").put("Effect", "Deny").put("Principal", "*")
                .put("Action", "execute-api:Invoke").put("Resource", "execute-api:/*").putObject("Condition")
                .putObject("StringNotEquals").set("aws:SourceVpce", endpoints);
        statements.addObject().put("Sid", "AllowThroughTheVpcEndpoints").put("Effect", "Allow")
                .put("Principal", "*").put("Action", "execute-api:Invoke").put("Resource", "execute-api:/*")
                .putObject("Condition").putObject("StringEquals").set("aws:SourceVpce", endpoints.deepCopy());
    }

    /** The document's head: version, info (with {@code note} after the description) and servers. */
    static ObjectNode start(Service service, String note) {
        Integration first = service.first();
        ObjectNode api = Cfn.object();
        api.put("openapi", "3.0.1");
        api.putObject("info")
                .put("title", service.name())
                .put("description", (service.single() ? "Calls " + first.method() + " " + first.endpoint()
                        : "Calls " + service.members().size() + " third-party API endpoints")
                        + " through Step Functions (generated by sam-http-maven-plugin)" + note)
                .put("version", "1");
        servers(api, service.settings().stage());
        return api;
    }

    /** The operation object of the integration's method under its path (several methods may share a path). */
    static ObjectNode operationNode(ObjectNode paths, Integration integration) {
        ObjectNode path = paths.has(integration.path()) ? (ObjectNode) paths.get(integration.path())
                : paths.putObject(integration.path());
        return path.putObject(integration.method().name().toLowerCase(Locale.ROOT));
    }

    private static ObjectNode components(ObjectNode api) {
        return api.has("components") ? (ObjectNode) api.get("components") : api.putObject("components");
    }

    /** For readers and client generators; API Gateway ignores 'servers' when it imports a body. */
    static void servers(ObjectNode api, String stage) {
        ObjectNode server = api.putArray("servers").addObject()
                .put("url", "https://{restApiId}.execute-api.{region}.amazonaws.com/{basePath}");
        ObjectNode serverVariables = server.putObject("variables");
        serverVariables.putObject("restApiId").put("default", "your-api-id")
                .put("description", "The ApiUrl output of the stack gives the full URL");
        serverVariables.putObject("region").put("default", "us-east-1");
        serverVariables.putObject("basePath").put("default", stage);
    }

    /** IAM authorization: callers sign their requests with SigV4. */
    static void sigv4Scheme(ObjectNode schemes) {
        schemes.putObject(SIGV4_SCHEME).put("type", "apiKey").put("name", "Authorization").put("in", "header")
                .put("x-amazon-apigateway-authtype", "awsSigv4");
    }

    /** An empty list says, explicitly, that the operation is open. */
    static ArrayNode security(ApiAuth apiAuth) {
        ArrayNode security = Cfn.array();
        if (apiAuth == ApiAuth.API_KEY) {
            security.addObject().putArray(API_KEY_SCHEME);
        } else if (apiAuth == ApiAuth.IAM) {
            security.addObject().putArray(SIGV4_SCHEME);
        }
        return security;
    }

    static void response(ObjectNode responses, String status, String description) {
        responses.putObject(status).put("description", description).putObject("content")
                .putObject("application/json").putObject("schema").put("type", "object");
    }

    static void parameter(ArrayNode parameters, String name, String in, boolean required) {
        ObjectNode parameter = parameters.addObject().put("name", name).put("in", in).put("required", required);
        parameter.put("description", in.equals("path") ? "Fills {" + name + "} in the third-party endpoint"
                : "Forwarded to the third-party API when present");
        parameter.putObject("schema").put("type", "string");
    }

    /** An {@code aws} integration that calls a Step Functions action with the API role; its responses follow. */
    static ObjectNode integration(Service.Member member, String action, JsonNode requestTemplate,
            int timeoutSeconds) {
        ObjectNode integration = Cfn.object();
        integration.put("type", "aws");
        integration.put("httpMethod", "POST");
        integration.set("uri", Cfn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/" + action));
        integration.set("credentials", Stacks.apiRoleArn(member));
        integration.put("passthroughBehavior", "never");
        integration.put("timeoutInMillis", timeoutSeconds * 1000);
        integration.putObject("requestTemplates").set("application/json", requestTemplate);
        return integration;
    }

    /** The parts of the execution input the route fills: those it forwards, its path parameters. */
    static MappingTemplates.Input inputParts(Integration integration) {
        RequestShaping request = integration.request();
        return new MappingTemplates.Input(!request.forwardQuery().isEmpty(), !request.forwardHeaders().isEmpty(),
                integration.path().contains("{"));
    }

    /** The request template's variables: the state machine, the forwarded query parameters and headers. */
    static ObjectNode requestVariables(Service.Member member) {
        RequestShaping request = member.integration().request();
        ObjectNode variables = Cfn.object();
        variables.set(MappingTemplates.STATE_MACHINE_ARN, Stacks.machineArn(member));
        if (!request.forwardQuery().isEmpty()) {
            variables.put(MappingTemplates.FORWARD_QUERY, velocityList(request.forwardQuery()));
        }
        if (!request.forwardHeaders().isEmpty()) {
            variables.put(MappingTemplates.FORWARD_HEADERS, velocityList(request.forwardHeaders()));
        }
        return variables;
    }

    /** Names as the items of a Velocity list literal; the validator allows no quote in them. */
    static String velocityList(List<String> names) {
        StringBuilder list = new StringBuilder();
        for (String name : names) {
            list.append(list.length() == 0 ? "" : ", ").append('\'').append(name).append('\'');
        }
        return list.toString();
    }

    static void integrationResponse(ObjectNode responses, String pattern, String status, JsonNode template) {
        responses.putObject(pattern).put("statusCode", status).putObject("responseTemplates")
                .set("application/json", template);
    }
}
