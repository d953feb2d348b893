package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.samhttp.core.aws.ApiGatewayEdges;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.Cors;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.model.Service;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What lets web pages of other origins call the API (CORS). A REST API answers each path's preflight with a mock
 * integration (no execution), and every answer, its own errors included, names the allowed origin; an HTTP API
 * has its own CORS configuration, which API Gateway applies to preflights and answers.
 */
final class CrossOrigin {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String VARY = "Vary";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** The gateway responses that carry the CORS headers: every error API Gateway answers itself. */
    private static final List<String> GATEWAY_RESPONSES = List.of("DEFAULT_4XX", "DEFAULT_5XX");

    private CrossOrigin() {
    }

    /** The request headers pages may send: Content-Type, the API's auth headers, the forwarded ones, the listed. */
    static List<String> allowedHeaders(Service service, Cors cors) {
        List<String> headers = new ArrayList<>();
        headers.add("Content-Type");
        if (service.settings().apiAuth() == ApiAuth.API_KEY) {
            headers.add(ApiGatewayEdges.API_KEY_HEADER);
        } else if (service.settings().apiAuth() == ApiAuth.IAM) {
            headers.addAll(ApiGatewayEdges.SIGV4_HEADERS);
        }
        TreeSet<String> forwarded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Service.Member member : service.members()) {
            forwarded.addAll(member.integration().request().forwardHeaders());
            if (member.integration().idempotencyHeader() != null) {
                forwarded.add(member.integration().idempotencyHeader());
            }
        }
        for (String header : concat(new ArrayList<>(forwarded), cors.allowHeaders())) {
            if (headers.stream().noneMatch(header::equalsIgnoreCase)) {
                headers.add(header);
            }
        }
        return headers;
    }

    /** The methods a preflight on a path allows: the descriptor's, else the path's own routes'. */
    private static List<String> allowedMethods(Cors cors, List<HttpMethod> routeMethods) {
        List<String> names = new ArrayList<>();
        for (HttpMethod method : cors.allowMethods().isEmpty() ? routeMethods : cors.allowMethods()) {
            names.add(method.name());
        }
        return names;
    }

    /** A REST API: each path's preflight, the CORS headers on every answer and on API Gateway's own errors. */
    static void restApi(ObjectNode api, Service service, Cors cors) {
        List<String> headers = allowedHeaders(service, cors);
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            ObjectNode path = (ObjectNode) entry.getValue();
            String firstOperation = path.elements().next().path("operationId").asText();
            List<HttpMethod> methods = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                methods.add(HttpMethod.valueOf(op.getKey().toUpperCase(Locale.ROOT)));
                ObjectNode integration = (ObjectNode) op.getValue().path("x-amazon-apigateway-integration");
                for (JsonNode response : integration.path("responses")) {
                    ObjectNode templates = (ObjectNode) response.path("responseTemplates");
                    templates.set("application/json", answerTemplate(templates.path("application/json"), cors));
                }
                for (JsonNode response : op.getValue().path("responses")) {
                    declareHeaders((ObjectNode) response, cors, List.of());
                }
            }
            methods.sort(null);
            ObjectNode options = path.putObject("options");
            options.put("operationId", firstOperation + "Preflight");
            preflight(options, entry.getKey(), cors, allowedMethods(cors, methods), headers);
        }
        ObjectNode gatewayResponses = child(api, "x-amazon-apigateway-gateway-responses");
        List<String> types = new ArrayList<>(GATEWAY_RESPONSES);
        gatewayResponses.fieldNames().forEachRemaining(type -> {
            if (!types.contains(type)) {
                types.add(type);
            }
        });
        for (String type : types) {
            ObjectNode response = child(gatewayResponses, type);
            gatewayHeaders(child(response, "responseParameters"), cors);
        }
    }

    /**
     * An answer's template with the CORS part first. The origins go into {@code Fn::Sub} variables, as user text
     * always does; the answer templates hold no {@code ${...}} of their own.
     */
    private static ObjectNode answerTemplate(JsonNode template, Cors cors) {
        ObjectNode variables = Cfn.object();
        variables.put(MappingTemplates.CORS_ORIGINS, OpenApiDocument.velocityList(cors.allowOrigins()));
        variables.put(MappingTemplates.CORS_CREDENTIALS, Boolean.toString(cors.allowCredentials()));
        if (template.isTextual()) {
            // An ASYNC route's 202: pages may read its Location, where the execution tells its outcome.
            String expose = template.asText().equals(MappingTemplates.started())
                    ? MappingTemplates.corsExposeLocation() : "";
            return Cfn.sub(MappingTemplates.cors() + expose + template.asText(), variables);
        }
        // Already an Fn::Sub (its own variables, e.g. the idempotency header): the CORS part goes in front.
        JsonNode sub = template.path("Fn::Sub");
        ObjectNode merged = ((ObjectNode) sub.get(1)).deepCopy();
        merged.setAll(variables);
        return Cfn.sub(MappingTemplates.cors() + sub.get(0).asText(), merged);
    }

    /** OPTIONS on a path: a mock integration (no execution, open as browsers send preflights without credentials). */
    private static void preflight(ObjectNode operation, String path, Cors cors, List<String> methods,
            List<String> headers) {
        operation.put("summary", "CORS preflight, answered by API Gateway without starting an execution");
        operation.putArray("security");
        Matcher parameter = PATH_PARAMETER.matcher(path);
        ArrayNode pathParameters = Cfn.array();
        while (parameter.find()) {
            pathParameters.addObject().put("name", parameter.group(1)).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
        if (!pathParameters.isEmpty()) {
            operation.set("parameters", pathParameters);
        }
        ObjectNode response = operation.putObject("responses").putObject("204")
                .put("description", "The methods and headers pages of the allowed origins may use");
        List<String> preflightHeaders = List.of(ALLOW_METHODS, ALLOW_HEADERS, MAX_AGE);
        declareHeaders(response, cors, preflightHeaders);
        ObjectNode integration = operation.putObject("x-amazon-apigateway-integration");
        integration.put("type", "mock");
        integration.putObject("requestTemplates").put("application/json", "{\"statusCode\": 200}");
        integration.put("passthroughBehavior", "when_no_match");
        ObjectNode answer = integration.putObject("responses").putObject("default").put("statusCode", "204");
        ObjectNode parameters = answer.putObject("responseParameters");
        parameters.put("method.response.header." + ALLOW_METHODS, quoted(String.join(",", methods)));
        parameters.put("method.response.header." + ALLOW_HEADERS, quoted(String.join(",", headers)));
        parameters.put("method.response.header." + MAX_AGE, quoted(Integer.toString(cors.maxAgeSeconds())));
        answer.putObject("responseTemplates").set("application/json", answerTemplate(TextNode.valueOf(""), cors));
    }

    /** Declares the CORS headers (and {@code more}) on a method response, so its answers may carry them. */
    private static void declareHeaders(ObjectNode response, Cors cors, List<String> more) {
        ObjectNode headers = child(response, "headers");
        List<String> names = new ArrayList<>(List.of(ALLOW_ORIGIN));
        if (!cors.anyOrigin()) {
            names.add(VARY);
            if (cors.allowCredentials()) {
                names.add(ALLOW_CREDENTIALS);
            }
        }
        names.addAll(more);
        for (String name : names) {
            headers.putObject(name).putObject("schema").put("type", "string");
        }
    }

    /**
     * The CORS headers of a gateway response (API Gateway's own errors), which cannot run a template to choose
     * among origins: any origin, or the first one listed. Echoing the caller's Origin would let every web page
     * read these errors.
     */
    private static void gatewayHeaders(ObjectNode parameters, Cors cors) {
        String prefix = "gatewayresponse.header.";
        parameters.put(prefix + ALLOW_ORIGIN, quoted(cors.allowOrigins().get(0)));
        if (!cors.anyOrigin() && cors.allowCredentials()) {
            parameters.put(prefix + ALLOW_CREDENTIALS, quoted("true"));
        }
    }

    /** The object under {@code name}, made when missing: what is there already stays. */
    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    /** An HTTP API's own CORS configuration: API Gateway answers preflights and adds the headers to answers. */
    static void httpApi(ObjectNode api, Service service, Cors cors) {
        TreeSet<HttpMethod> methods = new TreeSet<>();
        for (Service.Member member : service.members()) {
            methods.add(member.integration().method());
        }
        ObjectNode config = api.putObject("x-amazon-apigateway-cors");
        ArrayNode origins = config.putArray("allowOrigins");
        cors.allowOrigins().forEach(origins::add);
        ArrayNode methodList = config.putArray("allowMethods");
        allowedMethods(cors, new ArrayList<>(methods)).forEach(methodList::add);
        ArrayNode headerList = config.putArray("allowHeaders");
        allowedHeaders(service, cors).forEach(headerList::add);
        config.put("maxAge", cors.maxAgeSeconds());
        if (cors.allowCredentials()) {
            config.put("allowCredentials", true);
        }
    }

    /** A static value in a parameter mapping: single quotes (origins, header names and numbers hold none). */
    private static String quoted(String value) {
        return "'" + value + "'";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
