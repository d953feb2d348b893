package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.ConnectionAuth;
import io.github.samhttp.core.model.ConnectionParameters;
import io.github.samhttp.core.model.Credential;
import io.github.samhttp.core.aws.EventBridgeConnections;
import io.github.samhttp.core.aws.HttpTaskRules;
import io.github.samhttp.core.read.Descriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The connection: its auth type, credentials, and the parameters it sends on every call or token request. */
final class ConnectionRules {

    private final FieldReader fields;
    private final Credentials credentials;
    private final EndpointRules urls;

    ConnectionRules(FieldReader fields) {
        this.fields = fields;
        this.credentials = new Credentials(fields);
        this.urls = new EndpointRules(fields);
    }

    ConnectionAuth auth() {
        String type = fields.text("auth.type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "BASIC":
                return new ConnectionAuth.Basic(credentials.credential("auth.username", false),
                        credentials.credential("auth.password", true));
            case "API_KEY":
                return new ConnectionAuth.ApiKey(fields.text("auth.header"),
                        credentials.credential("auth.value", true));
            default:
                return oauth();
        }
    }

    private ConnectionAuth oauth() {
        URI tokenEndpoint = urls.tokenUrl("auth.tokenEndpoint");
        String httpMethod = fields.text("auth.httpMethod", "POST");
        List<String> scopes = new ArrayList<>();
        JsonNode list = fields.at("auth.scopes");
        for (int i = 0; i < list.size(); i++) {
            String scope = fields.text("auth.scopes." + i);
            if (scope != null) {
                scopes.add(scope);
            }
        }
        ConnectionParameters tokenParameters = connectionParameters("auth.tokenParameters");
        tokenParameters.body().stream().filter(p -> p.key().equals("grant_type")
                || p.key().equals("scope") && !scopes.isEmpty()).forEach(p -> fields.addKeyProblem(
                "auth.tokenParameters.body." + p.key(), p.key(), p.key().equals("scope")
                        ? "'scopes' already sets the scope" : "EventBridge sends grant_type=client_credentials",
                "remove it"));
        return new ConnectionAuth.OAuthClientCredentials(tokenEndpoint, httpMethod,
                credentials.credential("auth.clientId", false), credentials.credential("auth.clientSecret", true),
                scopes, tokenParameters);
    }

    /**
     * {@code auth.kmsKey}: the key of the connection's secret. Its policy is not ours to write, so the build warns
     * with the statement it needs.
     */
    String kmsKey() {
        String key = fields.text("auth.kmsKey");
        if (key != null && EventBridgeConnections.awsManaged(key)) {
            fields.addProblem("auth.kmsKey", key, "a key AWS manages cannot encrypt a connection (EventBridge needs"
                    + " the key tagged " + EventBridgeConnections.KEY_TAG + "=true, and an AWS managed key's tags and"
                    + " policy cannot be changed)", "use a customer managed key, or remove 'kmsKey' for AWS's own key");
        } else if (key != null && EventBridgeConnections.KMS_KEY.matcher(key).matches()) {
            fields.warn("auth.kmsKey", key, "EventBridge uses this key for the connection's secret only if the key"
                    + " carries the tag " + EventBridgeConnections.KEY_TAG + "=true and its policy lets the account"
                    + " use it through Secrets Manager (the deployment fails otherwise)", "tag the key and add these"
                    + " statements to its policy's Statement list: "
                    + EventBridgeConnections.keyPolicyStatements(key));
        }
        return key;
    }

    /**
     * {@code auth.privateEndpoint.resourceConfiguration}: the VPC Lattice resource configuration, or null. Creating
     * the connection needs VPC Lattice permissions the deploying role may lack: the build names them.
     */
    String resourceConfiguration() {
        String configuration = fields.text("auth.privateEndpoint.resourceConfiguration");
        if (configuration != null) {
            fields.warn("auth.privateEndpoint.resourceConfiguration", configuration, "EventBridge creates the"
                    + " connection's resource association with the deploying role's credentials (the deployment fails"
                    + " without them)", "let the role that runs 'sam deploy' call "
                    + String.join(", ", EventBridgeConnections.PRIVATE_ENDPOINT_ACTIONS) + " and events:CreateConnection,"
                    + " and let the resource gateway's security groups pass HTTPS from it");
        }
        return configuration;
    }

    /** {@code auth.parameters}: headers, query and body fields the connection sends on every call. */
    ConnectionParameters connectionParameters() {
        return connectionParameters("auth.parameters");
    }

    /**
     * Headers, query and body fields under {@code field}: {@code auth.parameters} (every call) or
     * {@code auth.tokenParameters} (the OAuth token request).
     */
    private ConnectionParameters connectionParameters(String field) {
        if (!fields.has(field)) {
            return ConnectionParameters.NONE;
        }
        return new ConnectionParameters(parameters(field, "headers"), parameters(field, "query"),
                parameters(field, "body"));
    }

    /** Sorted by key, so that the order of keys in the descriptor never changes the output. */
    private static List<ConnectionParameters.Parameter> sorted(List<ConnectionParameters.Parameter> parameters) {
        parameters.sort(Comparator.comparing(ConnectionParameters.Parameter::key,
                String.CASE_INSENSITIVE_ORDER).thenComparing(ConnectionParameters.Parameter::key));
        return parameters;
    }

    private List<ConnectionParameters.Parameter> parameters(String group, String kind) {
        String parent = group + "." + kind;
        List<ConnectionParameters.Parameter> parameters = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, JsonNode> entry : fields.entries(parent)) {
            String key = entry.getKey();
            String field = Descriptor.child(parent, key);
            String value = entry.getValue().asText();
            if (kind.equals("headers") && HttpTaskRules.forbidden(key)) {
                fields.addKeyProblem(field, key, "not a header the HTTP Task may send (see 'headers')",
                        "use another header name; credentials belong in 'auth'");
            } else if (FieldReader.hasControlCharacters(key)) {
                fields.addKeyProblem(field, key, "not a valid " + kind + " name", "use a short printable name");
            } else if (kind.equals("headers") && !seen.add(key)) {
                fields.addKeyProblem(field, key, "the header is set twice (names are case-insensitive)", "keep one");
            } else if (kind.equals("headers") && !FieldReader.printableAscii(value)) {
                fields.addProblem(field, value, "a header value must be printable ASCII",
                        "percent-encode or remove the other characters");
            } else {
                Credential credential = credentials.credential(field, key, value, false);
                if (credential != null) {
                    parameters.add(new ConnectionParameters.Parameter(key, credential));
                }
            }
        }
        return sorted(parameters);
    }
}
