package io.github.samhttp.core.local.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.LocalProject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapping templates of an ASYNC integration, rendered as API Gateway renders them: the StartExecution request
 * (named by the idempotency key), the 202 with where to ask, the refusals; the DescribeExecution request (no id can
 * name another state machine's execution) and every status it answers.
 */
class AsyncTemplatesTest {

    private static final ObjectMapper STRICT = JsonMapper.builder().disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final String EXPORT = """
            name: reports
            endpoint: https://api.example.com/v1/exports/{kind}
            method: POST
            auth: {type: API_KEY, header: x-api-key, value: ssm:/exports/key}
            path: /exports/{kind}
            mode: ASYNC
            idempotencyHeader: Idempotency-Key
            """;

    private final LocalProject project;
    private final JsonNode start;
    private final JsonNode status;

    AsyncTemplatesTest() throws Exception {
        Map<String, byte[]> files = TestProjects.render(EXPORT);
        project = LocalProject.load(files);
        JsonNode paths = new YAMLMapper().readTree(files.get("api.yaml")).path("paths");
        start = paths.path("/exports/{kind}").path("post").path("x-amazon-apigateway-integration");
        status = paths.path("/exports/{kind}/executions/{executionId}").path("get")
                .path("x-amazon-apigateway-integration");
    }

    private String text(JsonNode template) {
        return project.value(template);
    }

    private JsonNode startRequest(Map<String, String> headers) throws Exception {
        String rendered = MappingTemplateRenderer.render(text(start.path("requestTemplates").path("application/json")),
                new ApiGatewayInput("{\"format\": \"csv\"}", Map.of("kind", "orders"), Map.of(), headers),
                Map.of()).body();
        return STRICT.readTree(rendered);
    }

    @Test
    void theIdempotencyKeyNamesTheExecution() throws Exception {
        JsonNode named = startRequest(Map.of("idempotency-key", "order-42.v1_a"));
        assertThat(named.path("name").asText()).isEqualTo("order-42.v1_a");
        assertThat(named.path("stateMachineArn").asText()).endsWith(":stateMachine:StateMachine");
        assertThat(STRICT.readTree(named.path("input").asText()).path("body").path("format").asText())
                .isEqualTo("csv");
        assertThat(startRequest(Map.of()).has("name")).isFalse();
        // A key Step Functions could not take, or that could smuggle JSON, becomes a name it refuses: 400.
        assertThat(startRequest(Map.of("Idempotency-Key", "a\", \"stateMachineArn\": \"x")).path("name").asText())
                .isEqualTo("not a valid name");
    }

    @Test
    void aStartedExecutionIsAnswered202WithWhereToAsk() throws Exception {
        MappingTemplateRenderer.Rendered rendered = MappingTemplateRenderer.render(
                text(start.path("responses").path("default").path("responseTemplates").path("application/json")),
                new ApiGatewayInput("{\"executionArn\": \"arn:aws:states:eu-west-1:123456789012:execution:"
                        + "reports-StateMachine-AbC:order-42\", \"startDate\": 1.7E9}"),
                Map.of("domainName", "abc123.execute-api.eu-west-1.amazonaws.com", "path", "/dev/exports/orders"));
        assertThat(rendered.status()).isEqualTo(202);
        String url = "https://abc123.execute-api.eu-west-1.amazonaws.com/dev/exports/orders/executions/order-42";
        assertThat(rendered.headers()).containsEntry("Location", url);
        assertThat(STRICT.readTree(rendered.body()).toString())
                .isEqualTo("{\"executionId\":\"order-42\",\"statusUrl\":\"" + url + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExecutionAlreadyExists:409", "InvalidName:400", "ExecutionLimitExceeded:429",
            "InvalidExecutionInput:400", "ThrottlingException:429", "StateMachineDoesNotExist:502"})
    void startRefusalsAreAnsweredWithTheirOwnStatus(String typeAndStatus) throws Exception {
        String[] parts = typeAndStatus.split(":");
        MappingTemplateRenderer.Rendered rendered = MappingTemplateRenderer.render(
                text(start.path("responses").path("[45]\\d{2}").path("responseTemplates").path("application/json")),
                "{\"__type\": \"com.amazonaws.swf.service.v2.model#" + parts[0] + "\", \"message\": \"m\"}");
        assertThat(rendered.status()).isEqualTo(Integer.parseInt(parts[1]));
        assertThat(STRICT.readTree(rendered.body()).path("error").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-42", "6f1c2a3e-0b1d-4c5e-9f00-123456789abc", "a.b_c-D"})
    void anIdIsAnExecutionOfThisStateMachine(String id) throws Exception {
        assertThat(describe(id)).endsWith(":execution:StateMachine:" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"other-machine:x", "..%2Fx", "a b", "x\"}, {\"executionArn\": \"arn:aws:states:x",
            "0123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void noIdCanNameAnotherExecution(String id) throws Exception {
        assertThat(describe(id)).endsWith(":execution:StateMachine:");
    }

    private String describe(String id) throws Exception {
        String rendered = MappingTemplateRenderer.render(text(status.path("requestTemplates").path("application/json")),
                new ApiGatewayInput(null, Map.of("kind", "orders", "executionId", id), Map.of(), Map.of()),
                Map.of()).body();
        JsonNode request = STRICT.readTree(rendered);
        assertThat(request.size()).isEqualTo(1);
        return request.path("executionArn").asText();
    }

    private MappingTemplateRenderer.Rendered answer(String describeOutput) {
        return MappingTemplateRenderer.render(
                text(status.path("responses").path("default").path("responseTemplates").path("application/json")),
                describeOutput);
    }

    @Test
    void aRunningExecutionIsAnswered202() throws Exception {
        for (String running : new String[] {"RUNNING", "PENDING_REDRIVE"}) {
            MappingTemplateRenderer.Rendered rendered = answer("{\"status\": \"" + running + "\"}");
            assertThat(rendered.status()).isEqualTo(202);
            assertThat(STRICT.readTree(rendered.body()).toString()).isEqualTo("{\"status\":\"RUNNING\"}");
        }
    }

    @Test
    void anEndedExecutionIsAnsweredAsTheSynchronousModeWould() throws Exception {
        MappingTemplateRenderer.Rendered ok = answer(ObjectMapperHolder.describe("SUCCEEDED",
                "{\"statusCode\": 201, \"body\": \"{\\\"id\\\": \\\"e-1\\\"}\"}", null, null));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.body()).isEqualTo("{\"id\": \"e-1\"}");
        MappingTemplateRenderer.Rendered notFound = answer(ObjectMapperHolder.describe("FAILED", null,
                "States.Http.StatusCode.404", "{\"message\": \"it's \\\"gone\\\" \\\\ \u00e9\"}"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(STRICT.readTree(notFound.body()).path("cause").asText())
                .isEqualTo("{\"message\": \"it's \\\"gone\\\" \\\\ \u00e9\"}");
        assertThat(answer(ObjectMapperHolder.describe("FAILED", null, "States.Http.StatusCode.503", "x")).status())
                .isEqualTo(502);
        assertThat(answer(ObjectMapperHolder.describe("TIMED_OUT", null, null, null)).status()).isEqualTo(504);
        assertThat(answer(ObjectMapperHolder.describe("ABORTED", null, null, null)).status()).isEqualTo(409);
    }

    @Test
    void anUnknownExecutionIs404() throws Exception {
        for (String type : new String[] {"ExecutionDoesNotExist", "InvalidArn"}) {
            MappingTemplateRenderer.Rendered rendered = MappingTemplateRenderer.render(
                    text(status.path("responses").path("[45]\\d{2}").path("responseTemplates")
                            .path("application/json")),
                    "{\"__type\": \"com.amazonaws.swf.service.v2.model#" + type + "\", \"message\": \"m\"}");
            assertThat(rendered.status()).isEqualTo(404);
            assertThat(STRICT.readTree(rendered.body()).path("error").asText()).isEqualTo("ExecutionNotFound");
        }
    }

    /** DescribeExecution's answer for a status. */
    private static final class ObjectMapperHolder {
        static String describe(String status, String output, String error, String cause) {
            var node = STRICT.createObjectNode().put("executionArn", "arn:aws:states:eu-west-1:1:execution:m:x")
                    .put("status", status);
            if (output != null) {
                node.put("output", output);
            }
            if (error != null) {
                node.put("error", error);
            }
            if (cause != null) {
                node.put("cause", cause);
            }
            return node.toString();
        }
    }
}
