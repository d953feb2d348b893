package io.github.samhttp.core.local.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.TestProjects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the generated mapping templates with Velocity and an API-Gateway-like {@code $input}, {@code $util}
 * and {@code $context}, and checks what Step Functions and the client would receive.
 */
class MappingTemplatesTest {

    /** Strict JSON: no single-quote escapes, no control characters, no trailing tokens. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static GeneratedTemplates templates;

    @BeforeAll
    static void generate() throws Exception {
        templates = GeneratedTemplates.of(TestProjects.render(
                java.nio.file.Path.of("examples/twilio-sms/integration.yaml")).get("api.yaml"));
    }

    static Stream<String> bodies() {
        return Stream.of(
                "{\"sendsms\": {\"To\": \"+15551234567\", \"Body\": \"It's \\\"quoted\\\"\"}}",
                "{\"a\": \"back\\\\slash \\\\' and \\\\\\\" mixed\"}",
                "{\"a\": \"h\u00e9llo \u65e5\u672c \ud83d\ude00 \u20ac\"}",
                "{\"a\": \"line1\\nline2\\r\\n\\ttab \\u0001 \\u001f \\u007f\"}",
                "{\"a\": \"</script> a/b ${x} ${!y} #set($x = 1) $input.json('$') {{resolve:ssm:/x}}\"}",
                "{}",
                "[]",
                "{\"deep\": {\"list\": [1, 2.5, -3e10, true, false, null, {\"x\": [\"'\", \"\\\"\"]}]}}",
                "\"just a string with ' and \\\"\"",
                "42");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void requestTemplateCarriesAnyJsonBodyIntact(String body) throws Exception {
        String rendered = MappingTemplateRenderer.render(templates.request(), body).body();

        JsonNode request = STRICT.readTree(rendered);
        assertThat(request.path("stateMachineArn").asText()).isEqualTo(GeneratedTemplates.STATE_MACHINE_ARN);
        assertThat(request.path("input").isTextual()).as("input is a JSON string").isTrue();
        JsonNode input = STRICT.readTree(request.path("input").asText());
        assertThat(input.path("body")).isEqualTo(STRICT.readTree(body));
        assertThat(input).isEqualTo(STRICT.createObjectNode().<ObjectNode>set("body", STRICT.readTree(body))
                .<ObjectNode>set("path", STRICT.createObjectNode()).<ObjectNode>set("querystring",
                        STRICT.createObjectNode()).set("headers", STRICT.createObjectNode()));
    }

    @Test
    void emptyRequestBodyBecomesAnEmptyObject() throws Exception {
        JsonNode request = STRICT.readTree(MappingTemplateRenderer.render(templates.request(), "").body());
        assertThat(STRICT.readTree(request.path("input").asText())).isEqualTo(STRICT.readTree(
                "{\"body\": {}, \"path\": {}, \"querystring\": {}, \"headers\": {}}"));
    }

    static Stream<String> awkwardValues() {
        return Stream.of("plain", "it's \"quoted\"", "back\\slash \\' \\\"", "h\u00e9llo \u65e5\u672c \ud83d\ude00",
                "</script> ${x} #set($x = 1) $input.json('$') {{resolve:ssm:/x}}", "", " ", "a/b?c=d&e#f", "%2F..%2F");
    }

    /** Values a client puts in a path segment: spaces, quotes, '@', '+', '%' and unicode among them. */
    static Stream<String> pathValues() {
        return Stream.concat(awkwardValues().filter(v -> !v.isEmpty()), Stream.of("a+b", "a b+c", "me@example.com",
                "100% sure", "50%", "%", "it's", "caf\u00e9 \u65e5\u672c", "a%2Bb"));
    }

    /** How a client encodes a path segment: all reserved characters, or only what it must ('@', quotes left). */
    static String clientEncoded(String value, boolean minimal) {
        String full = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return minimal ? full.replace("%40", "@").replace("%27", "'").replace("%2B", "+").replace("%21", "!")
                : full;
    }

    static Stream<Object[]> pathCases() {
        return pathValues().flatMap(v -> Stream.of(
                new Object[] {v, RoutePaths.Reading.AS_SENT, clientEncoded(v, false)},
                new Object[] {v, RoutePaths.Reading.AS_SENT, clientEncoded(v, true)},
                new Object[] {v, RoutePaths.Reading.DECODED, v}))
                // Decoded, a value that itself reads as an escape ('%2B') cannot be told from one sent encoded.
                .filter(c -> c[1] == RoutePaths.Reading.AS_SENT || !((String) c[0]).matches("(?s).*%[0-9A-Fa-f]{2}.*"));
    }

    /**
     * A path parameter reaches the execution input encoded exactly once, whether API Gateway hands it to the
     * template as sent or decoded (both readings exist; see {@link RoutePaths}).
     */
    @ParameterizedTest(name = "{0} ({1}: {2})")
    @MethodSource("pathCases")
    void pathParametersAreEncodedOnceUnderEitherReading(String value, RoutePaths.Reading reading, String handedOver)
            throws Exception {
        GeneratedTemplates shaped = pathQueryTemplates();
        ApiGatewayInput input = new ApiGatewayInput("{}", java.util.Map.of("userId", handedOver, "orderId", "7"),
                java.util.Map.of(), java.util.Map.of());
        String rendered = MappingTemplateRenderer.render(shaped.request(), input, java.util.Map.of()).body();

        JsonNode executionInput = STRICT.readTree(STRICT.readTree(rendered).path("input").asText());
        assertThat(executionInput.path("path").path("userId").asText()).isEqualTo(clientEncoded(value, false));
    }

    private static GeneratedTemplates pathQueryTemplates() throws Exception {
        return GeneratedTemplates.of(TestProjects.render(TestProjects.variants()
                .filter(v -> v.get()[0].equals("path-query")).findFirst().orElseThrow().get()[1].toString())
                .get("api.yaml"));
    }

    /** Forwarded query parameters and headers reach the input intact. */
    @ParameterizedTest
    @MethodSource("awkwardValues")
    void requestParametersReachTheInputIntact(String value) throws Exception {
        GeneratedTemplates shaped = pathQueryTemplates();
        ApiGatewayInput input = new ApiGatewayInput("{\"a\": 1}", java.util.Map.of("userId", "u", "orderId", "7"),
                java.util.Map.of("page", value, "sort", "x", "other", "not forwarded"),
                java.util.Map.of("idempotency-key", value, "X-Other", "not forwarded"));
        String rendered = MappingTemplateRenderer.render(shaped.request(), input, java.util.Map.of()).body();

        JsonNode executionInput = STRICT.readTree(STRICT.readTree(rendered).path("input").asText());
        assertThat(executionInput.path("body")).isEqualTo(STRICT.readTree("{\"a\": 1}"));
        assertThat(executionInput.path("path").path("orderId").asText()).isEqualTo("7");
        assertThat(executionInput.path("querystring")).isEqualTo(STRICT.createObjectNode().put("page", value)
                .put("sort", "x"));
        assertThat(executionInput.path("headers")).isEqualTo(STRICT.createObjectNode().put("Idempotency-Key", value));
    }

    @Test
    void succeededPassesTheThirdPartyStatusAndBodyThrough() throws Exception {
        ObjectNode thirdParty = STRICT.createObjectNode().put("sid", "SM1").put("note", "it's \"fine\" \\ \u00e9 \n");
        MappingTemplateRenderer.Rendered rendered = respond(succeeded(201, STRICT.writeValueAsString(thirdParty)));

        assertThat(rendered.status()).isEqualTo(201);
        assertThat(STRICT.readTree(rendered.body())).isEqualTo(thirdParty);
    }

    @Test
    void succeededWithoutBodyAnswersEmpty() throws Exception {
        MappingTemplateRenderer.Rendered rendered = respond(succeeded(204, ""));

        assertThat(rendered.status()).isEqualTo(204);
        assertThat(rendered.body()).isBlank();
    }

    static Stream<Object[]> failures() {
        return Stream.of(
                new Object[] {"FAILED", "States.Http.StatusCode.400", "{\"message\": \"bad 'To'\"}", 400},
                new Object[] {"FAILED", "States.Http.StatusCode.404", "not found", 404},
                new Object[] {"FAILED", "States.Http.StatusCode.429", "slow down", 429},
                new Object[] {"FAILED", "States.Http.StatusCode.499", "", 499},
                new Object[] {"FAILED", "States.Http.StatusCode.503", "unavailable", 502},
                new Object[] {"FAILED", "States.Http.Socket", "connection reset", 502},
                new Object[] {"FAILED", "States.Runtime", "An error occurred while executing the state", 502},
                new Object[] {"FAILED", "SamHttp.BadRequest", "The request body has no value at $.sendsms.", 400},
                new Object[] {"FAILED", "States.Timeout", "", 504},
                new Object[] {"TIMED_OUT", null, null, 504},
                new Object[] {"FAILED", "States.Http.StatusCode.4xx'\"", "q'uo\"te\\s\n\t\u0000 \u00e9 \ud83d\ude00 ${x} #end", 502},
                new Object[] {"ABORTED", null, null, 502});
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failuresGetTheirStatusAndValidErrorJson(String status, String error, String cause, int expected)
            throws Exception {
        ObjectNode result = STRICT.createObjectNode().put("executionArn", "arn:x").put("status", status);
        if (error != null) {
            result.put("error", error).put("cause", cause);
        }
        MappingTemplateRenderer.Rendered rendered = respond(STRICT.writeValueAsString(result));

        assertThat(rendered.status()).isEqualTo(expected);
        JsonNode body = STRICT.readTree(rendered.body());
        String expectedError = error != null ? error : status.equals("TIMED_OUT") ? "States.Timeout" : "";
        assertThat(body.path("error").asText()).isEqualTo(expectedError);
        if (error != null) {
            assertThat(body.path("cause").asText()).isEqualTo(cause);
        }
    }

    @Test
    void startSyncExecutionErrorsAreMappedToStatusCodes() throws Exception {
        assertThat(startError("com.amazonaws.swf.service.v2.model#InvalidExecutionInput")).isEqualTo(400);
        assertThat(startError("ThrottlingException")).isEqualTo(429);
        assertThat(startError("AccessDeniedException")).isEqualTo(502);
        assertThat(startError(null)).isEqualTo(502);
    }

    private static Object startError(String type) throws Exception {
        ObjectNode error = STRICT.createObjectNode().put("message", "it's \"bad\"");
        if (type != null) {
            error.put("__type", type);
        }
        MappingTemplateRenderer.Rendered rendered =
                MappingTemplateRenderer.render(templates.startError(), STRICT.writeValueAsString(error));
        assertThat(STRICT.readTree(rendered.body()).path("error").isTextual()).isTrue();
        return rendered.status();
    }

    /** A StartSyncExecution result for a run whose state machine output was {statusCode, body}. */
    private static String succeeded(int statusCode, String body) throws Exception {
        ObjectNode output = STRICT.createObjectNode().put("statusCode", statusCode).put("body", body);
        return STRICT.writeValueAsString(STRICT.createObjectNode()
                .put("executionArn", "arn:x")
                .put("status", "SUCCEEDED")
                .put("output", STRICT.writeValueAsString(output)));
    }

    private static MappingTemplateRenderer.Rendered respond(String startSyncExecutionResult) {
        return MappingTemplateRenderer.render(templates.response(), startSyncExecutionResult);
    }
}
