package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.documents.MappingTemplates;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * CORS for a REST API (a mock preflight per path, the headers on every answer and on API Gateway's own errors) and
 * an HTTP API (its own CORS configuration), as generated and as the local runtime answers.
 */
class CorsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String ORDERS = """
            name: orders
            endpoint: https://api.example.com/v2/orders/{orderId}
            method: PATCH
            auth: {type: API_KEY, header: x-api-key, value: ssm:/orders/key}
            path: /orders/{orderId}
            forwardHeaders: [Idempotency-Key]
            requestSchema: {type: object, required: [status]}
            """;
    private static final String APP = "https://app.example.com";
    private static final String LOCAL = "http://localhost:3000";

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();
    final List<String> log = new ArrayList<>();

    private static JsonNode api(String yaml) throws Exception {
        return YAML.readTree(TestProjects.render(yaml).get("api.yaml"));
    }

    private LocalRuntime.Response call(String yaml, String method, String path, Map<String, String> headers,
            String body) throws Exception {
        return new LocalRuntime(LocalProject.load(TestProjects.render(yaml)),
                Secrets.of(LocalRuntimeTest.SECRETS, Map.of()),
                new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()))
                .invoke(new LocalRuntime.Request(method, path, headers, Map.of(), body), log::add);
    }

    private static Map<String, String> preflight(String origin, String method) {
        return Map.of("Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "content-type,x-api-key");
    }

    @Test
    void eachRestPathHasAnOpenMockPreflightWithItsOwnMethods() throws Exception {
        JsonNode api = api(ORDERS + "cors: {allowOrigins: [" + APP + ", " + LOCAL + "], allowHeaders: [X-Request-Id],"
                + " maxAgeSeconds: 3600}\n");
        JsonNode options = api.path("paths").path("/orders/{orderId}").path("options");
        assertThat(options.path("security").isArray()).isTrue();
        assertThat(options.path("security")).isEmpty();
        JsonNode integration = options.path("x-amazon-apigateway-integration");
        assertThat(integration.path("type").asText()).isEqualTo("mock");
        JsonNode parameters = integration.path("responses").path("default").path("responseParameters");
        assertThat(parameters.path("method.response.header.Access-Control-Allow-Methods").asText())
                .isEqualTo("'PATCH'");
        assertThat(parameters.path("method.response.header.Access-Control-Allow-Headers").asText())
                .isEqualTo("'Content-Type,X-Api-Key,Idempotency-Key,X-Request-Id'");
        assertThat(parameters.path("method.response.header.Access-Control-Max-Age").asText()).isEqualTo("'3600'");
        // The origin is never a static mapping: it would override the template's choice among the origins.
        assertThat(parameters.has("method.response.header.Access-Control-Allow-Origin")).isFalse();
        assertThat(options.path("responses").path("204").path("headers").fieldNames()).toIterable()
                .contains("Access-Control-Allow-Origin", "Vary", "Access-Control-Allow-Methods");
    }

    @Test
    void everyAnswerTemplateStartsWithTheCorsPartAndItsOriginsAreSubVariables() throws Exception {
        JsonNode integration = api(ORDERS + "cors: {allowOrigins: [" + APP + ", " + LOCAL + "], allowCredentials:"
                + " true}\n").path("paths").path("/orders/{orderId}").path("patch")
                .path("x-amazon-apigateway-integration");
        for (JsonNode response : integration.path("responses")) {
            JsonNode sub = response.path("responseTemplates").path("application/json").path("Fn::Sub");
            assertThat(sub.get(0).asText()).startsWith(MappingTemplates.cors());
            assertThat(sub.get(1).path(MappingTemplates.CORS_ORIGINS).asText())
                    .isEqualTo("'" + APP + "', '" + LOCAL + "'");
            assertThat(sub.get(1).path(MappingTemplates.CORS_CREDENTIALS).asText()).isEqualTo("true");
        }
        // Fn::Sub reads ${...}: the answer templates must hold none of their own.
        assertThat(MappingTemplates.response() + MappingTemplates.startError()).doesNotContain("${");
    }

    @Test
    void gatewayResponsesNameTheFirstOriginAndNeverEchoTheCallers() throws Exception {
        for (String origins : new String[] {APP, APP + ", " + LOCAL}) {
            JsonNode responses = api(ORDERS + "cors: {allowOrigins: [" + origins + "], allowCredentials: true}\n")
                    .path("x-amazon-apigateway-gateway-responses");
            assertThat(responses.fieldNames()).toIterable()
                    .containsExactly("BAD_REQUEST_BODY", "DEFAULT_4XX", "DEFAULT_5XX");
            for (JsonNode response : responses) {
                assertThat(response.path("responseParameters").toString()).isEqualTo("{"
                        + "\"gatewayresponse.header.Access-Control-Allow-Origin\":\"'" + APP + "'\","
                        + "\"gatewayresponse.header.Access-Control-Allow-Credentials\":\"'true'\"}");
            }
            // BAD_REQUEST_BODY keeps its own answer.
            assertThat(responses.path("BAD_REQUEST_BODY").path("statusCode").asText()).isEqualTo("400");
        }
        JsonNode any = api(ORDERS + "cors: {allowOrigins: ['*']}\n").path("x-amazon-apigateway-gateway-responses");
        assertThat(any.path("DEFAULT_4XX").path("responseParameters").toString())
                .isEqualTo("{\"gatewayresponse.header.Access-Control-Allow-Origin\":\"'*'\"}");
    }

    @Test
    void anHttpApiHasItsOwnCorsConfiguration() throws Exception {
        JsonNode cors = api("endpoint: https://api.example.com/v1/items\nmethod: POST\nauth: {type: API_KEY, header:"
                + " x-api-key, value: ssm:/orders/key}\ntrigger: HTTP_API\ncors: {allowOrigins: [" + APP
                + "], allowCredentials: true, allowHeaders: [X-Request-Id]}\n").path("x-amazon-apigateway-cors");
        assertThat(cors.toString()).isEqualTo("{\"allowOrigins\":[\"" + APP + "\"],\"allowMethods\":[\"POST\"],"
                + "\"allowHeaders\":[\"Content-Type\",\"Authorization\",\"X-Amz-Date\",\"X-Amz-Security-Token\","
                + "\"X-Amz-Content-Sha256\",\"X-Request-Id\"],\"maxAge\":600,\"allowCredentials\":true}");
    }

    @Test
    void aRestPreflightIsAnsweredWithoutAnExecution() throws Exception {
        String yaml = ORDERS + "cors: {allowOrigins: [" + APP + ", " + LOCAL + "], allowCredentials: true}\n";

        LocalRuntime.Response allowed = call(yaml, "OPTIONS", "/orders/42", preflight(LOCAL, "PATCH"), "");
        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.body()).isEmpty();
        assertThat(allowed.headers()).containsEntry("Access-Control-Allow-Origin", LOCAL)
                .containsEntry("Access-Control-Allow-Credentials", "true")
                .containsEntry("Access-Control-Allow-Methods", "PATCH")
                .containsEntry("Access-Control-Allow-Headers", "Content-Type,X-Api-Key,Idempotency-Key")
                .containsEntry("Access-Control-Max-Age", "600").containsEntry("Vary", "Origin");
        assertThat(mock.received()).isEmpty();
        assertThat(log).noneMatch(l -> l.startsWith("StartSyncExecution"));

        // HTTP/2 clients send the header in lowercase.
        assertThat(call(yaml, "OPTIONS", "/orders/42", Map.of("origin", APP), "").headers())
                .containsEntry("Access-Control-Allow-Origin", APP);

        LocalRuntime.Response foreign = call(yaml, "OPTIONS", "/orders/42", preflight("https://evil.example", "PATCH"),
                "");
        assertThat(foreign.status()).isEqualTo(204);
        assertThat(foreign.headers()).doesNotContainKeys("Access-Control-Allow-Origin",
                "Access-Control-Allow-Credentials").containsEntry("Vary", "Origin");
    }

    @Test
    void everyRestAnswerCarriesTheOriginTheThirdPartysErrorsAndApiGatewaysOwnIncluded() throws Exception {
        String yaml = ORDERS + "cors: {allowOrigins: [" + APP + ", " + LOCAL + "]}\n";
        Map<String, String> fromApp = Map.of("Origin", APP, "Content-Type", "application/json");

        mock.answer(Answer.json(200, "{\"id\": \"42\", \"status\": \"shipped\"}"));
        LocalRuntime.Response ok = call(yaml, "PATCH", "/orders/42", fromApp, "{\"status\": \"shipped\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.headers()).containsExactlyInAnyOrderEntriesOf(Map.of("Access-Control-Allow-Origin", APP,
                "Vary", "Origin"));

        mock.answer(Answer.json(404, "{\"message\": \"no such order\"}"));
        LocalRuntime.Response notFound = call(yaml, "PATCH", "/orders/42", fromApp, "{\"status\": \"shipped\"}");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.headers()).containsEntry("Access-Control-Allow-Origin", APP);

        // The request model refuses the body: BAD_REQUEST_BODY, API Gateway's own answer.
        LocalRuntime.Response badBody = call(yaml, "PATCH", "/orders/42", fromApp, "{}");
        assertThat(badBody.status()).isEqualTo(400);
        assertThat(badBody.headers()).containsEntry("Access-Control-Allow-Origin", APP);

        // No such route: MISSING_AUTHENTICATION_TOKEN, a DEFAULT_4XX. It names the first origin, whoever asks.
        LocalRuntime.Response missing = call(yaml, "DELETE", "/orders/42", fromApp, "");
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.headers()).containsEntry("Access-Control-Allow-Origin", APP);
        assertThat(call(yaml, "DELETE", "/orders/42", Map.of("Origin", "https://evil.example"), "").headers())
                .containsEntry("Access-Control-Allow-Origin", APP);

        // An origin that is not listed gets no Access-Control-Allow-Origin from the templates.
        mock.answer(Answer.json(200, "{}"));
        assertThat(call(yaml, "PATCH", "/orders/42", Map.of("Origin", "https://evil.example"),
                "{\"status\": \"x\"}").headers()).doesNotContainKey("Access-Control-Allow-Origin");
    }

    @Test
    void theCorsPartWritesNothingSoTheThirdPartysBodyPassesByteForByte() throws Exception {
        String body = "\n  {\"text\": \"it's \\\"q\\\" \\\\ \u00e9\"}\n\n";
        // The HTTP Task reads a JSON answer, the state machine hands it on as JSON text; nothing may follow it.
        String expected = "{\"text\":\"it's \\\"q\\\" \\\\ \u00e9\"}";
        mock.answer(Answer.json(200, body));
        LocalRuntime.Response without = call(ORDERS, "PATCH", "/orders/42", Map.of(), "{\"status\": \"x\"}");
        mock.answer(Answer.json(200, body));
        LocalRuntime.Response with = call(ORDERS + "cors: {allowOrigins: ['*']}\n", "PATCH", "/orders/42",
                Map.of("Origin", APP), "{\"status\": \"x\"}");
        assertThat(without.body()).isEqualTo(expected);
        assertThat(with.body()).isEqualTo(expected);
        assertThat(with.headers()).containsExactlyEntriesOf(Map.of("Access-Control-Allow-Origin", "*"));
        assertThat(without.headers()).isEmpty();
    }

    @Test
    void anHttpApiAnswersPreflightsItselfAndAddsTheOriginToAnswers() throws Exception {
        String yaml = "endpoint: https://api.example.com/v1/items\nmethod: POST\nauth: {type: API_KEY, header:"
                + " x-api-key, value: ssm:/orders/key}\npath: /items\ntrigger: HTTP_API\ncors: {allowOrigins: [" + APP + "]}\n";
        LocalRuntime.Response preflight = call(yaml, "OPTIONS", "/items", preflight(APP, "POST"), "");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.headers()).containsEntry("Access-Control-Allow-Origin", APP)
                .containsEntry("Access-Control-Allow-Methods", "POST");
        assertThat(mock.received()).isEmpty();

        mock.answer(Answer.json(200, "{}"));
        LocalRuntime.Response answer = call(yaml, "POST", "/items", Map.of("Origin", APP), "{}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers()).containsEntry("Access-Control-Allow-Origin", APP);
        assertThat(call(yaml, "POST", "/items", Map.of("Origin", "https://evil.example"), "{}").headers()).isEmpty();
    }

    @Test
    void theDefaultRouteOfAnApiIsNeverItsPreflight() throws Exception {
        LocalProject project = LocalProject.load(TestProjects.render(ORDERS + "cors: {allowOrigins: [" + APP + "]}\n"));
        assertThat(project.route(null, "/orders/42").method()).isEqualTo("PATCH");
        assertThat(project.routes()).anyMatch(r -> r.method().equals("OPTIONS")
                && r.integration().path("type").asText().equals("mock"));
    }

    @Test
    void aPathOfSeveralRoutesAllowsEachOfTheirMethods() throws Exception {
        JsonNode api = api("""
                name: messages
                connections:
                  twilio: {type: BASIC, username: ssm:/twilio_sid, password: "secretsmanager:t:SecretString:v"}
                cors: {allowOrigins: ["*"]}
                integrations:
                  send:
                    endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json
                    method: POST
                    connection: twilio
                    path: /messages
                  list:
                    endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json
                    method: GET
                    connection: twilio
                    path: /messages
                """);
        JsonNode path = api.path("paths").path("/messages");
        assertThat(path.fieldNames()).toIterable().containsExactly("post", "get", "options");
        assertThat(path.path("options").path("x-amazon-apigateway-integration").path("responses").path("default")
                .path("responseParameters").path("method.response.header.Access-Control-Allow-Methods").asText())
                .isEqualTo("'GET,POST'");
    }

    @Test
    void aRestPreflightAllowsTheSigV4HeadersOfAnIamApi() throws Exception {
        LocalRuntime.Response preflight = call(ORDERS + "apiAuth: IAM\ncors: {allowOrigins: [" + APP + "]}\n",
                "OPTIONS", "/orders/42", preflight(APP, "PATCH"), "");
        assertThat(preflight.headers().get("Access-Control-Allow-Headers")).isEqualTo("Content-Type,Authorization,"
                + "X-Amz-Date,X-Amz-Security-Token,X-Amz-Content-Sha256,Idempotency-Key");
    }

    @Test
    void anHttpApiWithCredentialsAllowsThemToItsOriginsOnly() throws Exception {
        String yaml = "endpoint: https://api.example.com/v1/items\nmethod: POST\nauth: {type: API_KEY, header:"
                + " x-api-key, value: ssm:/orders/key}\npath: /items\ntrigger: HTTP_API\ncors: {allowOrigins: ["
                + APP + "], allowCredentials: true}\n";
        assertThat(call(yaml, "OPTIONS", "/items", preflight(APP, "POST"), "").headers())
                .containsEntry("Access-Control-Allow-Credentials", "true");
        LocalRuntime.Response foreign = call(yaml, "OPTIONS", "/items", preflight("https://evil.example", "POST"), "");
        assertThat(foreign.status()).isEqualTo(204);
        assertThat(foreign.headers()).isEmpty();
        // Not a preflight (no Access-Control-Request-Method): a request for a route the API does not have.
        assertThat(call(yaml, "OPTIONS", "/items", Map.of("Origin", APP), "").status()).isEqualTo(404);
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void anAsyncRouteKeepsItsAnswersAndLetsPagesReadWhereToAsk() throws Exception {
        String yaml = ORDERS.replace("method: PATCH", "method: POST").replace("requestSchema: {type: object,"
                + " required: [status]}\n", "") + "mode: ASYNC\nidempotencyHeader: Idempotency-Key\ncors:"
                + " {allowOrigins: [" + APP + "]}\n";
        LocalRuntime.Response preflight = call(yaml, "OPTIONS", "/orders/42", preflight(APP, "POST"), "");
        assertThat(preflight.headers().get("Access-Control-Allow-Headers")).contains("Idempotency-Key");

        mock.answer(new Answer(200, "application/json", "{}", 1000));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(yaml)),
                Secrets.of(LocalRuntimeTest.SECRETS, Map.of()),
                new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()));
        Map<String, String> headers = Map.of("Origin", APP, "Idempotency-Key", "k-9");
        LocalRuntime.Response started = runtime.invoke(new LocalRuntime.Request("POST", "/orders/42", headers,
                Map.of(), "{}"), log::add);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.headers()).containsEntry("Access-Control-Allow-Origin", APP)
                .containsEntry("Access-Control-Expose-Headers", "Location");
        runtime.awaitExecutions();
        // The start route's refusals keep their own status and body with CORS in front of them.
        LocalRuntime.Response again = runtime.invoke(new LocalRuntime.Request("POST", "/orders/42", headers,
                Map.of(), "{}"), log::add);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("ExecutionAlreadyExists");
        assertThat(again.headers()).containsEntry("Access-Control-Allow-Origin", APP);
    }
}
