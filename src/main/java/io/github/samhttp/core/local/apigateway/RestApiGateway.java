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
     */
    public record Before(int status, String body, String note) {
        public boolean answered() {
            return status != 0;
        }
    }

    /**
     * The request as the route's integration receives it.
     *
     * @param bodySchema the route's request model, or null
     * @param badBody the BAD_REQUEST_BODY gateway response, or a missing node
     * @param templateText resolves a request template (an {@code Fn::Sub} in the file) to its text
     */
    public record Route(JsonNode integration, JsonNode bodySchema, JsonNode badBody,
            Function<JsonNode, String> templateText) {
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
            return new Before(415, "{\"message\":\"Unsupported Media Type\"}", "no request template for " + mediaType);
        }
        if (route.bodySchema() != null) {
            String invalid = RequestValidator.problem(route.bodySchema(), body);
            if (invalid != null) {
                return new Before(route.badBody().path("statusCode").asInt(400), route.badBody()
                        .path("responseTemplates").path("application/json")
                        .asText("{\"message\": \"Invalid request body\"}"),
                        "the request body does not match the model: " + invalid);
            }
        }
        ApiGatewayInput input;
        try {
            input = new ApiGatewayInput(body, pathParameters, query, headers);
        } catch (RuntimeException e) {
            return new Before(400, "{\"message\":\"Could not parse request body into json\"}",
                    "the request body is not JSON");
        }
        String startRequest = MappingTemplateRenderer.render(route.templateText().apply(requestTemplate), input,
                Map.of("httpMethod", method, "resourcePath", path, "stage", "local")).body();
        return new Before(0, startRequest, method + " " + path + " -> StartSyncExecution");
    }

    /** From StartSyncExecution's answer (its status and body) to the client's: status and body. */
    public static MappingTemplateRenderer.Rendered answer(JsonNode integration, int startStatus, String startBody) {
        JsonNode response = integrationResponse(integration.path("responses"), startStatus);
        MappingTemplateRenderer.Rendered rendered = MappingTemplateRenderer.render(
                response.path("responseTemplates").path("application/json").asText(),
                new ApiGatewayInput(startBody), Map.of());
        Object status = rendered.status() instanceof Number n ? n.intValue()
                : Integer.parseInt(response.path("statusCode").asText("200"));
        return new MappingTemplateRenderer.Rendered(rendered.body(), status);
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
