package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a REST API does around its StartSyncExecution integration, in one place: pick the request template by media
 * type (415 without one), validate the body against the model (the BAD_REQUEST_BODY gateway response), read the
 * body as JSON (400 when it is not), render the request template; then pick the integration response by status and
 * render its response template.
 */
public final class RestApiGateway {

    /**
     * What API Gateway does with a request: answers it itself, or forwards the rendered request to Step Functions.
     *
     * @param status API Gateway's own status when it answers, else 0
     * @param body its answer, or the StartSyncExecution request to send
     * @param note what happened, for the trace
     * @param headers the headers of its own answer
     */
    public record Before(int status, String body, String note, Map<String, String> headers) {
        public boolean answered() {
            return status != 0;
        }
    }

    /**
     * The request as the route's integration receives it.
     *
     * @param bodySchema the route's request model, or null
     * @param gatewayResponses the API's customised gateway responses, or a missing node
     * @param templateText resolves a template (an {@code Fn::Sub} in the file) to its text
     */
    public record Route(JsonNode integration, JsonNode bodySchema, JsonNode gatewayResponses,
            Function<JsonNode, String> templateText) {
    }

    /**
     * The request's parameters as its templates read them through {@code $input.params()}.
     *
     * @param headers the headers as sent (names in the case sent)
     * @param requestPath the path called, as {@code $context.path} (locally without a stage: the host is localhost)
     */
    public record Params(Map<String, String> path, Map<String, String> querystring, Map<String, String> headers,
            String requestPath) {
    }

    /** The host answers name locally ({@code $context.domainName}). */
    public static final String LOCAL_HOST = "localhost";

    /** An answer: status, headers (by name, in name order) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private RestApiGateway() {
    }

    /** From the client's request to the StartSyncExecution request, or API Gateway's own answer. */
    public static Before request(Route route, String method, String path, Map<String, String> requestHeaders,
            Map<String, String> query, Map<String, String> pathParameters, String body) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(requestHeaders);
        String mediaType = headers.getOrDefault("Content-Type", "application/json").split(";")[0].trim()
                .toLowerCase(Locale.ROOT);
        JsonNode requestTemplate = route.integration().path("requestTemplates").get(mediaType);
        if (requestTemplate == null) {
            return gatewayAnswer(route.gatewayResponses(), "UNSUPPORTED_MEDIA_TYPE", 415,
                    "{\"message\":\"Unsupported Media Type\"}", "no request template for " + mediaType, headers);
        }
        if (route.bodySchema() != null) {
            String invalid = RequestValidator.problem(route.bodySchema(), body);
            if (invalid != null) {
                return gatewayAnswer(route.gatewayResponses(), "BAD_REQUEST_BODY", 400,
                        "{\"message\": \"Invalid request body\"}",
                        "the request body does not match the model: " + invalid, headers);
            }
        }
        ApiGatewayInput input;
        try {
            input = new ApiGatewayInput(body, pathParameters, query, headers);
        } catch (RuntimeException e) {
            return gatewayAnswer(route.gatewayResponses(), "BAD_REQUEST_BODY", 400,
                    "{\"message\":\"Could not parse request body into json\"}", "the request body is not JSON",
                    headers);
        }
        String startRequest = MappingTemplateRenderer.render(route.templateText().apply(requestTemplate), input,
                Map.of("httpMethod", method, "resourcePath", path, "stage", "local")).body();
        String action = route.templateText().apply(route.integration().path("uri")).replaceFirst(".*/", "");
        return new Before(0, startRequest, method + " " + path + " -> " + action, Map.of());
    }

    /**
     * API Gateway's own answer of a type: the customised gateway response of that type, else DEFAULT_4XX or
     * DEFAULT_5XX by status, else its built-in answer. Headers come from the gateway response's parameters.
     */
    private static Before gatewayAnswer(JsonNode gatewayResponses, String type, int status, String body, String note,
            Map<String, String> requestHeaders) {
        Answer answer = gatewayResponse(gatewayResponses, type, status, body, requestHeaders);
        return new Before(answer.status(), answer.body(), note, answer.headers());
    }

    /** API Gateway's own answer of a type (MISSING_AUTHENTICATION_TOKEN, BAD_REQUEST_BODY, ...), as customised. */
    public static Answer gatewayResponse(JsonNode gatewayResponses, String type, int status, String body,
            Map<String, String> requestHeaders) {
        JsonNode response = gatewayResponses.path(type);
        if (response.isMissingNode()) {
            response = gatewayResponses.path(status >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
        }
        Map<String, String> headers = mappedHeaders(response, "gatewayresponse.header.", requestHeaders);
        return new Answer(response.path("statusCode").asInt(status), headers,
                response.path("responseTemplates").path("application/json").asText(body));
    }

    /** The headers a response's parameter mappings ({@code <prefix>Name: value}) set, by name. */
    private static Map<String, String> mappedHeaders(JsonNode response, String prefix, Map<String, String> requestHeaders) {
        Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(requestHeaders);
        Map<String, String> headers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = response.path("responseParameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> parameter = it.next();
            if (parameter.getKey().startsWith(prefix)) {
                String value = mappedValue(parameter.getValue().asText(), sent);
                if (value != null) {
                    headers.put(parameter.getKey().substring(prefix.length()), value);
                }
            }
        }
        return headers;
    }

    /** A parameter mapping's value: a static {@code 'text'}, or a request header ({@code method.request.header.X}). */
    private static String mappedValue(String expression, Map<String, String> requestHeaders) {
        if (expression.length() >= 2 && expression.startsWith("'") && expression.endsWith("'")) {
            return expression.substring(1, expression.length() - 1);
        }
        if (expression.startsWith("method.request.header.")) {
            return requestHeaders.get(expression.substring("method.request.header.".length()));
        }
        throw new IllegalStateException("the local runtime does not map '" + expression + "'");
    }

    /** From StartSyncExecution's answer (its status and body) to the client's. */
    public static Answer answer(Route route, int startStatus, String startBody, Params params) {
        return integrationAnswer(route, startStatus, new ApiGatewayInput(startBody, params.path(),
                params.querystring(), params.headers()), params.requestPath());
    }

    /**
     * A mock integration (the CORS preflight): its request template gives the status that picks the integration
     * response, whose parameters and template make the answer.
     */
    public static Answer mock(Route route, Params params) {
        JsonNode template = route.integration().path("requestTemplates").path("application/json");
        ApiGatewayInput request = new ApiGatewayInput(null, params.path(), params.querystring(), params.headers());
        String rendered = template.isMissingNode() ? "{}" : MappingTemplateRenderer.render(
                route.templateText().apply(template), request, Map.of()).body();
        int status = new ApiGatewayInput(rendered).path("$.statusCode") instanceof Number n ? n.intValue() : 200;
        return integrationAnswer(route, status, request, params.requestPath());
    }

    /** The integration response the status picks: its static headers, then what its template sets. */
    private static Answer integrationAnswer(Route route, int integrationStatus, ApiGatewayInput input,
            String requestPath) {
        JsonNode response = integrationResponse(route.integration().path("responses"), integrationStatus);
        Map<String, String> headers = mappedHeaders(response, "method.response.header.", input.params().get("header"));
        JsonNode template = response.path("responseTemplates").path("application/json");
        MappingTemplateRenderer.Rendered rendered = MappingTemplateRenderer.render(template.isMissingNode() ? ""
                : route.templateText().apply(template), input, Map.of("domainName", LOCAL_HOST, "path", requestPath));
        // Overrides are final: what the template sets wins over the static mapping.
        headers.putAll(rendered.headers());
        int status = rendered.status() instanceof Number n ? n.intValue()
                : Integer.parseInt(response.path("statusCode").asText("200"));
        return new Answer(status, headers, rendered.body());
    }

    /** The integration response whose selection pattern matches the status, else {@code default}. */
    private static JsonNode integrationResponse(JsonNode responses, int status) {
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (!response.getKey().equals("default")
                    && Pattern.matches(response.getKey(), Integer.toString(status))) {
                return response.getValue();
            }
        }
        return responses.path("default");
    }
}
