package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document boundary's half of the one gate for user text: CloudFormation resolves {@code {{resolve:...}}}
 * anywhere in a template, so in every document built, '{{' may stand only as a whole value that is a credential's
 * dynamic reference ({@link Cfn#credential}), never in a key and never inside other text. The validator refuses such
 * text where the user wrote it; this check makes sure no key or document added later lets one through.
 */
final class DynamicReferences {

    private static final Pattern CREDENTIAL = Pattern.compile(
            "\\{\\{resolve:(ssm:[^{}]+|secretsmanager:[^{}]+:SecretString:[^{}]+)}}");

    private DynamicReferences() {
    }

    /** Throws when the document holds '{{' anywhere but in a credential's whole value. */
    static void check(Document document) {
        check(document.path(), "", document.tree());
    }

    private static void check(String file, String at, JsonNode node) {
        if (node.isTextual() && node.asText().contains("{{") && !CREDENTIAL.matcher(node.asText()).matches()) {
            throw new IllegalStateException(file + ": '{{' at " + at + " outside a credential's dynamic reference");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().contains("{{")) {
                    throw new IllegalStateException(file + ": '{{' in the key " + at + "/" + field.getKey());
                }
                check(file, at + "/" + field.getKey(), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(file, at + "/" + i, node.get(i));
            }
        }
    }
}
