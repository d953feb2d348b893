package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.Credential;
import io.github.samhttp.core.model.JsonValue;
import io.github.samhttp.core.read.JsonTrees;
import java.io.IOException;

/**
 * CloudFormation intrinsic functions in their long form ({@code Fn::GetAtt}, never {@code !GetAtt}): the
 * included OpenAPI file must use the long form, and one form everywhere keeps the output uniform.
 *
 * <p>User text never goes into the string of an {@code Fn::Sub}: only into its variable map, where
 * CloudFormation substitutes nothing.
 */
public final class Cfn {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Cfn() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(Object... items) {
        ArrayNode array = NODES.arrayNode();
        for (Object item : items) {
            array.add(item instanceof JsonNode ? (JsonNode) item : NODES.textNode(item.toString()));
        }
        return array;
    }

    static ObjectNode ref(String logicalId) {
        return object().put("Ref", logicalId);
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode node = object();
        node.set("Fn::GetAtt", array(logicalId, attribute));
        return node;
    }

    /** {@code Fn::Sub} of a fixed template string; {@code variables} may hold user text safely. */
    static ObjectNode sub(String template, ObjectNode variables) {
        ObjectNode node = object();
        node.set("Fn::Sub", variables == null || variables.isEmpty() ? NODES.textNode(template)
                : array(template, variables));
        return node;
    }

    static ObjectNode sub(String template) {
        return sub(template, null);
    }

    /** A JSON value of the model as a tree, numbers exact. */
    static JsonNode tree(JsonValue value) {
        try {
            return JsonTrees.parse(value.json(), NODES);
        } catch (IOException e) {
            throw new IllegalStateException("the model holds JSON that does not parse", e);
        }
    }

    /**
     * What a credential becomes in the template: a dynamic reference that CloudFormation resolves at deploy time
     * ({@code {{resolve:ssm:name[:version]}}}, {@code {{resolve:secretsmanager:id:SecretString:key}}}), or the
     * plain value of a literal.
     */
    public static String credential(Credential credential) {
        if (credential instanceof Credential.SsmParameter ssm) {
            return "{{resolve:ssm:" + ssm.name() + (ssm.version() == null ? "" : ":" + ssm.version()) + "}}";
        }
        if (credential instanceof Credential.Secret secret) {
            return "{{resolve:secretsmanager:" + secret.secretId() + ":SecretString:" + secret.jsonKey() + "}}";
        }
        return ((Credential.Literal) credential).value();
    }
}
