package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.aws.CfnSub;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer templates every route repeats, written once. API Gateway has no way to share a mapping template between
 * methods, but CloudFormation resolves {@code Fn::FindInMap} anywhere in the included API body: each answer template
 * whose text is known when generating (see {@link #literal}) becomes a reference to the root template's
 * {@value #MAPPING} mapping. Done for the nested layout only, where 300 routes of ~1.7 KB of answer templates each
 * would not fit the 1 MB a processed template may have; a smaller API keeps its templates inline, where a reader of
 * api.yaml sees them.
 */
final class SharedTexts {

    static final String MAPPING = "MappingTemplates";
    static final String ATTRIBUTE = "Text";

    private SharedTexts() {
    }

    /**
     * The text a template deploys as, when it is known now: plain text, or an {@code Fn::Sub} whose variables are
     * all plain text (the CORS origins, an idempotency header's name) and which refers to nothing else. Null for
     * one that names a resource or a pseudo parameter.
     */
    static String literal(JsonNode template) {
        if (template.isTextual()) {
            return template.asText();
        }
        JsonNode sub = template.path("Fn::Sub");
        if (!sub.isArray() || sub.size() != 2 || !sub.get(0).isTextual()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sub.get(1).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            if (!variable.getValue().isTextual()) {
                return null;
            }
            variables.put(variable.getKey(), variable.getValue().asText());
        }
        try {
            return CfnSub.resolve(sub.get(0).asText(), variables);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A template's key, named after its text (a CRC-32 and the length): SAM names the API's deployment after a hash
     * of the body, where only the keys appear, so a changed text must change its key or the stage would keep the
     * old deployment; and adding a text renames no other one.
     */
    static String key(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format(java.util.Locale.ROOT, "Answer%08X%d", crc.getValue(), text.length());
    }

    /**
     * Replaces the plain answer templates of {@code api} by references, and gives the mapping they refer to, in order
     * of first use, each {@code {Text: <template>}} under its {@link #key}.
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
                        String text = literal(template.getValue());
                        if (text == null) {
                            continue;
                        }
                        String key = keys.computeIfAbsent(text, SharedTexts::key);
                        mapping.putObject(key).put(ATTRIBUTE, text);
                        template.setValue(Cfn.object().set("Fn::FindInMap", Cfn.array(MAPPING, key, ATTRIBUTE)));
                    }
                }
            }
        }
        return Cfn.object().set(MAPPING, mapping);
    }
}
