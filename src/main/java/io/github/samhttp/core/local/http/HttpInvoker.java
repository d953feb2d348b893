package io.github.samhttp.core.local.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.local.Trace;
import io.github.samhttp.core.local.asl.StatesError;
import io.github.samhttp.core.local.asl.TaskRunner;
import io.github.samhttp.core.aws.HttpTaskRules;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * The HTTP Task ({@code arn:aws:states:::http:invoke}) performed for real with the JDK HTTP client: connection
 * parameters merged over the task's (the connection wins), connection authentication, forbidden headers refused
 * with States.Runtime, JSON or URL-encoded bodies, non-2xx answers raised as {@code States.Http.StatusCode.<n>},
 * the task's timeout as States.Timeout and the 60-second cap as States.Http.Socket.
 */
public final class HttpInvoker implements TaskRunner {

    public static final String RESOURCE = "arn:aws:states:::http:invoke";
    static final long HARD_CAP_MILLIS = 60_000;
    /** The Range the task sends in place of any other (the third party may honour it with a 206). */
    static final String RANGE = io.github.samhttp.core.aws.HttpTaskRules.replacedBy("Range");
    static final int MAX_RESULT_BYTES = io.github.samhttp.core.aws.HttpTaskRules.PAYLOAD_BYTES;
    private static final String USER_AGENT = "Amazon|StepFunctions|HttpInvoke|local";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Connection> connections;
    private final EmptyBody emptyBody;
    private final ErrorCause errorCause;
    private final ConnectionFailure connectionFailure;
    private final URI endpointOverride;
    private final boolean dryRun;
    private final Trace trace;
    private final java.util.function.Supplier<HttpClient> client;
    private final Map<String, String> tokens = new TreeMap<>();
    /** In a dry run, the request held back. */
    private String held;
    private int attempt;

    /**
     * @param connections the connections by ARN
     * @param endpointOverride scheme, host and port to send to instead of the endpoint's, or null
     * @param emptyBody how an empty answer appears in the output
     * @param errorCause how the Cause of a non-2xx answer is worded
     * @param connectionFailure how the connection fails, or null when it works
     */
    public HttpInvoker(Map<String, Connection> connections, URI endpointOverride, boolean dryRun, Trace trace,
            java.util.function.Supplier<HttpClient> client, EmptyBody emptyBody, ErrorCause errorCause,
            ConnectionFailure connectionFailure) {
        this.emptyBody = emptyBody;
        this.errorCause = errorCause;
        this.connectionFailure = connectionFailure;
        this.connections = connections;
        this.endpointOverride = endpointOverride;
        this.dryRun = dryRun;
        this.trace = trace;
        this.client = client;
    }

    @Override
    public String heldRequest() {
        return held;
    }

    /**
     * The client the HTTP Task uses: HTTP/1.1, no redirects followed. One per runtime, shared by its runs. Every
     * request goes to {@code endpointOverride} when there is one: an {@code http://} one (a local mock) gets a
     * client without TLS, which spares a cold JVM the default SSL context (security providers, the trust store's
     * certificates): about a third of what the first call costs.
     */
    public static HttpClient newClient(URI endpointOverride) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (endpointOverride != null && "http".equals(endpointOverride.getScheme())) {
            try {
                builder.sslContext(javax.net.ssl.SSLContext.getInstance("TLS"))
                        .sslParameters(new javax.net.ssl.SSLParameters());
            } catch (java.security.NoSuchAlgorithmException e) {
                // Every JDK has TLS; without it, the default context serves.
            }
        }
        return builder.build();
    }

    @Override
    public JsonNode run(String resource, JsonNode parameters, long timeoutMillis)
            throws StatesError, InterruptedException {
        if (!RESOURCE.equals(resource)) {
            throw new StatesError(StatesError.RUNTIME, "the local runtime runs only " + RESOURCE + ", not " + resource);
        }
        Connection connection = connection(parameters);
        if (connectionFailure != null) {
            trace.add("the connection fails as asked: " + connectionFailure.error());
            throw new StatesError(connectionFailure.error(), "emulated: the task could not use the connection "
                    + (parameters.path("InvocationConfig").path("ConnectionArn").asText()));
        }
        String method = parameters.path("Method").asText();
        Map<String, String> headers = headers(parameters.path("Headers"), connection);
        Map<String, String> query = strings(parameters.path("QueryParameters"), "QueryParameters", false);
        connection.invocation().query().forEach(p -> query.put(p.key(), p.value()));
        String body = body(parameters, connection, headers);
        authenticate(connection, headers, timeoutMillis);
        URI uri = target(parameters.path("ApiEndpoint").asText(), query);
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD").contains(method)) {
            throw new StatesError(StatesError.RUNTIME, "Method '" + method + "' is not supported by the HTTP Task");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new StatesError(StatesError.RUNTIME, "ApiEndpoint '" + uri + "' is not an https:// URL");
        }
        try {
            Exchange.check(headers);
        } catch (IllegalArgumentException e) {
            throw new StatesError(StatesError.RUNTIME, "The request has a header that cannot be sent: "
                    + trace.mask(String.valueOf(e.getMessage())));
        }
        if (dryRun) {
            held = trace.mask(describe(method, uri, headers, body));
            return JsonNodeFactory.instance.objectNode();
        }
        return send(method, uri, headers, body, timeoutMillis);
    }

    private Connection connection(JsonNode parameters) throws StatesError {
        JsonNode arn = parameters.path("InvocationConfig").path("ConnectionArn");
        if (arn.isMissingNode()) {
            arn = parameters.path("Authentication").path("ConnectionArn");
        }
        Connection connection = connections.get(arn.asText());
        if (connection == null) {
            throw new StatesError(ConnectionFailure.RESOURCE_NOT_FOUND.error(), "no connection " + arn.asText());
        }
        return connection;
    }

    private static Map<String, String> headers(JsonNode taskHeaders, Connection connection) throws StatesError {
        Map<String, String> headers = strings(taskHeaders, "Headers", true);
        for (String name : headers.keySet()) {
            if (HttpTaskRules.forbidden(name)) {
                throw new StatesError(StatesError.RUNTIME, "The header " + name + " is not allowed in an HTTP Task");
            }
        }
        connection.invocation().headers().forEach(p -> headers.put(p.key(), p.value()));
        headers.put("User-Agent", USER_AGENT);
        // Said, not left to the client: each has its own default (none, or HttpURLConnection's browser list).
        headers.putIfAbsent("Accept", "*/*");
        headers.put("Range", RANGE);
        return headers;
    }

    /** A JSON object of strings as a map: case-insensitive for headers, in the object's order otherwise. */
    private static Map<String, String> strings(JsonNode object, String field, boolean caseInsensitive)
            throws StatesError {
        Map<String, String> map = caseInsensitive ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER)
                : new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isValueNode()) {
                throw new StatesError(StatesError.RUNTIME, field + "." + entry.getKey() + " must be a string");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    private static String body(JsonNode parameters, Connection connection, Map<String, String> headers)
            throws StatesError {
        JsonNode body = parameters.get("RequestBody");
        List<Connection.Parameter> extra = connection.invocation().body();
        if (body == null && extra.isEmpty()) {
            return null;
        }
        if (body != null && body.isTextual()) {
            if (!extra.isEmpty()) {
                throw new StatesError(StatesError.RUNTIME,
                        "a string RequestBody cannot be merged with the connection's body parameters");
            }
            return body.asText();
        }
        ObjectNode merged = body == null ? JsonNodeFactory.instance.objectNode()
                : body.isObject() ? (ObjectNode) body.deepCopy() : null;
        if (merged == null) {
            return body.toString();
        }
        extra.forEach(p -> merged.put(p.key(), p.value()));
        JsonNode transform = parameters.path("Transform");
        if ("URL_ENCODED".equals(transform.path("RequestBodyEncoding").asText())) {
            String format = transform.path("RequestEncodingOptions").path("ArrayFormat").asText("INDICES");
            return FormEncoder.encode(merged, format);
        }
        headers.putIfAbsent("Content-Type", "application/json; charset=UTF-8");
        return merged.toString();
    }

    private void authenticate(Connection connection, Map<String, String> headers, long timeoutMillis)
            throws StatesError, InterruptedException {
        switch (connection.type()) {
            case "BASIC":
                headers.put("Authorization", "Basic " + trace.basicCredentials(connection.first(), connection.second()));
                break;
            case "API_KEY":
                headers.put(connection.first(), connection.second());
                break;
            default:
                String key = connection.oauthEndpoint() + " " + connection.first();
                String token = tokens.get(key);
                if (token == null) {
                    token = dryRun ? "<token from " + connection.oauthEndpoint() + ">" : token(connection, timeoutMillis);
                    tokens.put(key, token);
                }
                headers.put("Authorization", "Bearer " + token);
        }
    }

    /** The OAuth client-credentials exchange: Basic client authentication, a form body, {@code access_token}. */
    private String token(Connection connection, long timeoutMillis) throws StatesError, InterruptedException {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        connection.oauth().query().forEach(p -> query.put(p.key(), p.value()));
        URI uri = target(connection.oauthEndpoint(), query);
        ObjectNode form = JsonNodeFactory.instance.objectNode().put("grant_type", "client_credentials");
        connection.oauth().body().forEach(p -> form.put(p.key(), p.value()));
        String body = FormEncoder.encode(form, "INDICES");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Authorization", "Basic " + trace.basicCredentials(connection.first(), connection.second()));
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("User-Agent", USER_AGENT);
        headers.put("Accept", "*/*");
        connection.oauth().headers().forEach(p -> headers.put(p.key(), p.value()));
        try {
            Exchange.check(headers);
            long start = System.nanoTime();
            Exchange.Answer response = Exchange.send(client, connection.oauthMethod(), uri, headers,
                    connection.oauthMethod().equals("GET") ? null : body, Math.min(timeoutMillis, HARD_CAP_MILLIS));
            trace.add("OAuth token request " + connection.oauthMethod() + " " + uri + " -> " + response.status()
                    + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            String token = response.status() / 100 == 2
                    ? JSON.readTree(response.body()).path("access_token").asText(null) : null;
            if (token == null) {
                throw new StatesError(ConnectionFailure.INVALID_CONNECTION_STATE.error(), "the OAuth token endpoint answered "
                        + response.status() + " without an access_token");
            }
            trace.secret(token);
            return token;
        } catch (IOException | TimeoutException | IllegalArgumentException e) {
            throw new StatesError(ConnectionFailure.INVALID_CONNECTION_STATE.error(), "OAuth token request failed: " + e);
        }
    }

    private URI target(String endpoint, Map<String, String> query) throws StatesError {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new StatesError(StatesError.RUNTIME, "ApiEndpoint '" + endpoint + "' is not a URL");
        }
        StringBuilder text = new StringBuilder();
        if (endpointOverride != null) {
            text.append(endpointOverride.getScheme()).append("://").append(endpointOverride.getRawAuthority());
        } else {
            text.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
        }
        text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        List<String> pairs = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            pairs.add(uri.getRawQuery());
        }
        query.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        if (!pairs.isEmpty()) {
            text.append('?').append(String.join("&", pairs));
        }
        return URI.create(text.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, URI uri, Map<String, String> headers, String body, long timeoutMillis)
            throws StatesError, InterruptedException {
        attempt++;
        long start = System.nanoTime();
        Exchange.Answer response;
        try {
            response = Exchange.send(client, method, uri, headers, body, Math.min(timeoutMillis, HARD_CAP_MILLIS));
        } catch (TimeoutException e) {
            trace.add("HTTP attempt " + attempt + ": " + method + " " + uri + " -> no answer within "
                    + Math.min(timeoutMillis, HARD_CAP_MILLIS) + " ms");
            throw timeoutMillis < HARD_CAP_MILLIS
                    ? new StatesError(StatesError.TIMEOUT, "The task did not finish within its TimeoutSeconds")
                    : new StatesError("States.Http.Socket", "The request timed out after 60 seconds");
        } catch (IOException e) {
            trace.add("HTTP attempt " + attempt + ": " + method + " " + uri + " -> " + e);
            throw new StatesError("States.Http.Socket", e.toString());
        }
        int status = response.status();
        trace.add("HTTP attempt " + attempt + ": " + method + " " + uri + " -> " + status + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        List<String> types = response.headers().getOrDefault("content-type", List.of());
        String contentType = types.isEmpty() ? "" : types.get(0).toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/octet-stream") || contentType.startsWith("image/")
                || contentType.startsWith("video/") || contentType.startsWith("audio/")) {
            throw new StatesError(StatesError.RUNTIME, "The HTTP Task cannot read a " + contentType + " response");
        }
        if (status / 100 != 2) {
            throw new StatesError("States.Http.StatusCode." + status, errorCause.cause(status, reason(status),
                    response.body(), response.headers()));
        }
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        ObjectNode answerHeaders = output.putObject("Headers");
        response.headers().forEach((name, values) -> {
            ArrayNode list = answerHeaders.putArray(name);
            values.forEach(list::add);
        });
        String text = response.body();
        if (!text.isEmpty()) {
            output.set("ResponseBody", parse(text, contentType));
        } else if (emptyBody == EmptyBody.NULL) {
            output.putNull("ResponseBody");
        } else if (emptyBody == EmptyBody.EMPTY_STRING) {
            output.put("ResponseBody", "");
        }
        output.put("StatusCode", status);
        output.put("StatusText", reason(status));
        if (status == 206) {
            trace.add("206: the third party honoured the task's Range (" + RANGE + "); the body is its first part");
        }
        int size = output.toString().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_RESULT_BYTES) {
            // As the task: its result, answer headers and body, may not exceed the payload quota. Not caught by
            // States.ALL; the client gets a 502 naming the limit.
            throw new StatesError("States.DataLimitExceeded", "The HTTP Task's result has " + size + " bytes, over"
                    + " the " + MAX_RESULT_BYTES + " bytes a state may return: the third party answered more than"
                    + " the task's Range (" + RANGE + ") asked for");
        }
        return output;
    }

    private static JsonNode parse(String body, String contentType) {
        if (contentType.contains("json")) {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                // Not JSON after all: kept as a string, as the HTTP Task does with other text.
            }
        }
        return JsonNodeFactory.instance.textNode(body);
    }

    private static String describe(String method, URI uri, Map<String, String> headers, String body) {
        StringBuilder text = new StringBuilder(method).append(' ').append(uri).append('\n');
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
        if (body != null) {
            text.append('\n').append(body);
        }
        return text.toString();
    }

    static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 201: return "Created";
            case 202: return "Accepted";
            case 204: return "No Content";
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 409: return "Conflict";
            case 422: return "Unprocessable Entity";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "HTTP " + status;
        }
    }
}
