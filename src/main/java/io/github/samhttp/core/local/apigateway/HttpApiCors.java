package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP API's own CORS ({@code x-amazon-apigateway-cors}): API Gateway answers preflights itself, without a
 * route, and adds the CORS headers to the answers of requests from an allowed origin.
 */
public final class HttpApiCors {

    private HttpApiCors() {
    }

    /** The answer to a preflight (OPTIONS with Origin and Access-Control-Request-Method), or null for a request. */
    public static RestApiGateway.Answer preflight(JsonNode cors, String method, Map<String, String> requestHeaders) {
        Map<String, String> sent = caseInsensitive(requestHeaders);
        if (cors.isMissingNode() || !method.equalsIgnoreCase("OPTIONS") || !sent.containsKey("Origin")
                || !sent.containsKey("Access-Control-Request-Method")) {
            return null;
        }
        Map<String, String> headers = headers(cors, requestHeaders);
        if (!headers.isEmpty()) {
            headers.put("Access-Control-Allow-Methods", list(cors.path("allowMethods")));
            headers.put("Access-Control-Allow-Headers", list(cors.path("allowHeaders")));
            if (cors.has("maxAge")) {
                headers.put("Access-Control-Max-Age", cors.path("maxAge").asText());
            }
        }
        return new RestApiGateway.Answer(204, headers, "");
    }

    /** The CORS headers of an answer to a request from an allowed origin; none for another origin. */
    public static Map<String, String> headers(JsonNode cors, Map<String, String> requestHeaders) {
        Map<String, String> headers = new TreeMap<>();
        String origin = caseInsensitive(requestHeaders).get("Origin");
        if (cors.isMissingNode() || origin == null) {
            return headers;
        }
        boolean any = false;
        boolean listed = false;
        for (JsonNode allowed : cors.path("allowOrigins")) {
            any |= allowed.asText().equals("*");
            listed |= allowed.asText().equals(origin);
        }
        if (any || listed) {
            headers.put("Access-Control-Allow-Origin", any ? "*" : origin);
            if (cors.path("allowCredentials").asBoolean(false)) {
                headers.put("Access-Control-Allow-Credentials", "true");
            }
        }
        return headers;
    }

    private static Map<String, String> caseInsensitive(Map<String, String> headers) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(headers);
        return map;
    }

    private static String list(JsonNode items) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : items) {
            text.append(text.length() == 0 ? "" : ",").append(item.asText());
        }
        return text.toString();
    }
}
