package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.TreeSet;

/** API Gateway's request body validation: the model is a JSON Schema draft 4, the body must be JSON matching it. */
final class RequestValidator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory DRAFT_4 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

    private RequestValidator() {
    }

    /** Why {@code body} does not match {@code schema}, or null when it does. An empty body is validated as {}. */
    static String problem(JsonNode schema, String body) {
        JsonNode document;
        try {
            document = JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return "the body is not JSON";
        }
        Set<ValidationMessage> messages = DRAFT_4.getSchema(schema).validate(document);
        if (messages.isEmpty()) {
            return null;
        }
        Set<String> lines = new TreeSet<>();
        messages.forEach(m -> lines.add(m.getMessage()));
        return String.join("; ", lines);
    }
}
