package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.aws.CfnSub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The mapping templates exactly as a generated {@code api.yaml} deploys them. */
public record GeneratedTemplates(String request, String response, String startError) {

    public static final String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:test";

    /** Reads the single operation's integration out of {@code api.yaml}, resolving the request's Fn::Sub. */
    public static GeneratedTemplates of(byte[] apiYaml) {
        JsonNode api;
        try {
            api = new YAMLMapper().readTree(apiYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode path = api.path("paths").elements().next();
        JsonNode integration = path.elements().next().path("x-amazon-apigateway-integration");
        JsonNode sub = integration.path("requestTemplates").path("application/json").path("Fn::Sub");
        Map<String, String> variables = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sub.get(1).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            variables.put(variable.getKey(), variable.getValue().isTextual() ? variable.getValue().asText()
                    : STATE_MACHINE_ARN);
        }
        String request = CfnSub.resolve(sub.get(0).asText(), variables);
        JsonNode responses = integration.path("responses");
        return new GeneratedTemplates(request,
                responses.path("default").path("responseTemplates").path("application/json").asText(),
                responses.path("[45]\\d{2}").path("responseTemplates").path("application/json").asText());
    }
}
