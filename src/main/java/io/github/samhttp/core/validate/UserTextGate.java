package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.read.Descriptor;
import java.util.Iterator;
import java.util.Map;

/**
 * The one gate every string the user wrote passes before it may enter a document: keys and values, at any depth,
 * whatever key holds them. Nothing may open a CloudFormation dynamic reference ({@code {{resolve:...}}}: a secret
 * would be resolved into the output) or a substitution ({@code ${...}}: CloudFormation and DefinitionSubstitutions
 * would read it as a reference), and no key may hold control characters. Values reach the documents only through
 * the serialisers, which escape them for YAML and JSON, and the mapping templates only through names the rules
 * restrict to letters, digits and a few marks.
 */
final class UserTextGate {

    private final FieldReader fields;

    UserTextGate(FieldReader fields) {
        this.fields = fields;
    }

    /** Checks the whole descriptor as written. */
    void check() {
        walk("", fields.view().root());
    }

    private void walk(String field, JsonNode node) {
        if (node.isTextual()) {
            String problem = problem(node.asText(), false);
            if (problem != null) {
                fields.addProblem(field, node.asText(), problem, fix(node.asText()));
                fields.markBad(field);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String child = Descriptor.child(field, entry.getKey());
                String problem = problem(entry.getKey(), true);
                if (problem != null) {
                    fields.addKeyProblem(child, entry.getKey(), problem, fix(entry.getKey()));
                    fields.markBad(child);
                } else {
                    walk(child, entry.getValue());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(Descriptor.child(field, Integer.toString(i)), node.get(i));
            }
        }
    }

    /** What is wrong with the text, or null. */
    static String problem(String text, boolean key) {
        String where = key ? "in a key, " : "";
        if (text.contains("{{")) {
            return where + "'{{' would be read as a CloudFormation dynamic reference";
        }
        if (text.contains("${")) {
            return where + "'${' would be read as a reference when the stack is deployed";
        }
        if (key && FieldReader.hasControlCharacters(text)) {
            return "a key with control characters (such as a newline or tab)";
        }
        return null;
    }

    private static String fix(String text) {
        if (text.contains("{{")) {
            return "for a secret write " + Credentials.SSM_FORM + " or " + Credentials.SECRET_FORM
                    + " where a value is taken; otherwise remove the '{{'";
        }
        if (text.contains("${")) {
            return "remove the '${' (placeholders in 'endpoint' are written {name})";
        }
        return "write the key on one line, with printable characters";
    }
}
