package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer templates every route repeats, written once. API Gateway has no way to share a mapping template between
 * methods, but CloudFormation resolves {@code Fn::FindInMap} anywhere in the included API body: each answer template
 * that is plain text (no {@code Fn::Sub}) becomes a reference to the root template's {@value #MAPPING} mapping. Done
 * for the nested layout only, where 300 routes of ~1.7 KB of answer templates each would not fit the 1 MB a
 * processed template may have; a smaller API keeps its templates inline, where a reader of api.yaml sees them.
 */
final class SharedTexts {

    static final String MAPPING = "MappingTemplates";
    static final String ATTRIBUTE = "Text";

    private SharedTexts() {
    }

    /**
     * Replaces the plain answer templates of {@code api} by references, and gives the mapping they refer to:
     * {@code Answer01, Answer02, ...} in order of first use, each {@code {Text: <template>}}.
     */
    static ObjectNode hoist(ObjectNode api) {
        Map<String, String> keys = new LinkedHashMap<>();
        ObjectNode mapping = Cfn.object();
        for (JsonNode path : api.path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode response : operation.path("x-amazon-apigateway-integration").path("responses")) {
                    JsonNode templates = response.path("responseTemplates");
                    for (Iterator<Map.Entry<String, JsonNode>> it = templates.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> template = it.next();
                        if (!template.getValue().isTextual()) {
                            continue;
                        }
                        String text = template.getValue().asText();
                        String key = keys.computeIfAbsent(text, t -> String.format("Answer%02d", keys.size() + 1));
                        mapping.putObject(key).put(ATTRIBUTE, text);
                        template.setValue(Cfn.object().set("Fn::FindInMap", Cfn.array(MAPPING, key, ATTRIBUTE)));
                    }
                }
            }
        }
        return Cfn.object().set(MAPPING, mapping);
    }
}
