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
    static final String POLICY_VERSION = "2012-10-17";

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

    /** Adds a resource and returns its Properties, to be filled. */
    static ObjectNode resource(ObjectNode resources, String logicalId, String type) {
        return resources.putObject(logicalId).put("Type", type).putObject("Properties");
    }

    /** An IAM policy statement that allows {@code actions} (one action is written as a string). */
    static ObjectNode statement(ArrayNode statements, String sid, ArrayNode actions) {
        ObjectNode statement = statements.addObject().put("Sid", sid).put("Effect", "Allow");
        statement.set("Action", actions.size() == 1 ? actions.get(0) : actions);
        return statement;
    }

    /** Tags as SAM resources take them: a map. */
    static void tagMap(ObjectNode properties, java.util.SortedMap<String, String> tags) {
        if (!tags.isEmpty()) {
            ObjectNode map = properties.putObject("Tags");
            for (java.util.Map.Entry<String, String> tag : tags.entrySet()) {
                map.put(tag.getKey(), tag.getValue());
            }
        }
    }

    /** Tags as CloudFormation resources take them: a list of Key and Value. */
    static void tagList(ObjectNode properties, java.util.SortedMap<String, String> tags) {
        if (!tags.isEmpty()) {
            ArrayNode list = properties.putArray("Tags");
            for (java.util.Map.Entry<String, String> tag : tags.entrySet()) {
                list.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
            }
        }
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
