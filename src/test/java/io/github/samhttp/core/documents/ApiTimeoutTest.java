package io.github.samhttp.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.LocalProject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A REST API's endpoint type and how long it waits: the integration, the execution and the call budgets follow. */
class ApiTimeoutTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String EXPORT = """
            name: reports
            endpoint: https://api.example.com/v1/exports
            method: POST
            auth: {type: API_KEY, header: x-api-key, value: ssm:/exports/key}
            path: /exports
            """;

    private static JsonNode file(Map<String, byte[]> files, String name) throws Exception {
        return name.endsWith(".json") ? new ObjectMapper().readTree(files.get(name)) : YAML.readTree(files.get(name));
    }

    @Test
    void aRegionalApiWaitsLongerAndTheExecutionStopsTwoSecondsBefore() throws Exception {
        List<Problem> warnings = new ArrayList<>();
        Map<String, byte[]> files = TestProjects.files(TestProjects.service("f.yaml", (EXPORT
                + "endpointType: REGIONAL\napiTimeoutSeconds: 120\ntimeoutSeconds: 55\nretry: {maxAttempts: 1}\n")
                .getBytes(StandardCharsets.UTF_8), new ArrayList<>(), warnings));
        JsonNode api = file(files, "api.yaml");
        assertThat(api.path("paths").path("/exports").path("post").path("x-amazon-apigateway-integration")
                .path("timeoutInMillis").asInt()).isEqualTo(120_000);
        assertThat(file(files, "statemachine/reports.asl.json").path("TimeoutSeconds").asInt()).isEqualTo(118);
        assertThat(file(files, "statemachine/reports.asl.json").path("States").path("Call third-party API")
                .path("TimeoutSeconds").asInt()).isEqualTo(55);
        JsonNode properties = file(files, "template.yaml").path("Resources").path("Api").path("Properties");
        assertThat(properties.path("EndpointConfiguration").toString()).isEqualTo("{\"Type\":\"REGIONAL\"}");
        assertThat(warnings).extracting(w -> w.render("f.yaml")).contains("f.yaml:7:20: field 'apiTimeoutSeconds':"
                + " API Gateway waits more than 29 seconds only once the account's quota 'Maximum integration timeout"
                + " in milliseconds' allows it (the deployment fails before), and raising it may lower the account's"
                + " throttle quota for every API in the region; got '120'. Fix: raise it to at least 120000 in the"
                + " Service Quotas console (Amazon API Gateway) before deploying");
        assertThat(LocalProject.load(files).deployedOnly())
                .contains("API Gateway's 120 s wait for POST /exports (the account's quota must allow it)");
    }

    @Test
    void eachIntegrationOfAServiceWaitsItsOwnTime() throws Exception {
        Map<String, byte[]> files = TestProjects.render("""
                name: reports
                endpointType: REGIONAL
                alarms: {latencyMillis: 100000}
                connections:
                  reports: {type: API_KEY, header: x-api-key, value: ssm:/exports/key}
                integrations:
                  export:
                    endpoint: https://api.example.com/v1/exports
                    method: POST
                    connection: reports
                    apiTimeoutSeconds: 240
                  lookup:
                    endpoint: https://api.example.com/v1/exports/{id}
                    method: GET
                    connection: reports
                """);
        JsonNode paths = file(files, "api.yaml").path("paths");
        assertThat(paths.path("/export").path("post").path("x-amazon-apigateway-integration").path("timeoutInMillis")
                .asInt()).isEqualTo(240_000);
        assertThat(paths.path("/lookup/{id}").path("get").path("x-amazon-apigateway-integration")
                .path("timeoutInMillis").asInt()).isEqualTo(29_000);
        assertThat(file(files, "statemachine/export.asl.json").path("TimeoutSeconds").asInt()).isEqualTo(238);
        assertThat(file(files, "statemachine/lookup.asl.json").path("TimeoutSeconds").asInt()).isEqualTo(27);
    }

    @Test
    void aPrivateApiAnswersOnlyThroughItsVpcEndpoints() throws Exception {
        Map<String, byte[]> files = TestProjects.render(EXPORT + "endpointType: PRIVATE\nvpcEndpointIds:"
                + " [vpce-0123456789abcdef0, vpce-01234567]\n");
        JsonNode endpoint = file(files, "template.yaml").path("Resources").path("Api").path("Properties")
                .path("EndpointConfiguration");
        assertThat(endpoint.toString()).isEqualTo("{\"Type\":\"PRIVATE\",\"VPCEndpointIds\":"
                + "[\"vpce-0123456789abcdef0\",\"vpce-01234567\"]}");
        JsonNode statements = file(files, "api.yaml").path("x-amazon-apigateway-policy").path("Statement");
        assertThat(statements.get(0).toString()).isEqualTo("{\"Sid\":\"DenyOutsideTheVpcEndpoints\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"execute-api:Invoke\",\"Resource\":\"execute-api:/*\",\"Condition\":"
                + "{\"StringNotEquals\":{\"aws:SourceVpce\":[\"vpce-0123456789abcdef0\",\"vpce-01234567\"]}}}");
        assertThat(statements.get(1).path("Effect").asText()).isEqualTo("Allow");
        assertThat(statements.get(1).path("Condition").path("StringEquals").path("aws:SourceVpce").size())
                .isEqualTo(2);
        assertThat(LocalProject.load(files).deployedOnly())
                .contains("a private API, reached only through vpce-0123456789abcdef0, vpce-01234567");
    }

    @Test
    void byDefaultNothingChanges() throws Exception {
        Map<String, byte[]> files = TestProjects.render(EXPORT);
        assertThat(file(files, "template.yaml").path("Resources").path("Api").path("Properties")
                .has("EndpointConfiguration")).isFalse();
        assertThat(file(files, "api.yaml").has("x-amazon-apigateway-policy")).isFalse();
        assertThat(file(files, "statemachine/reports.asl.json").path("TimeoutSeconds").asInt()).isEqualTo(27);
    }
}
