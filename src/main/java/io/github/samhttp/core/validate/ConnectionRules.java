package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.ConnectionAuth;
import io.github.samhttp.core.model.ConnectionParameters;
import io.github.samhttp.core.model.Credential;
import io.github.samhttp.core.model.HttpTaskRules;
import io.github.samhttp.core.read.Descriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The connection: its auth type, credentials, and the parameters it sends on every call or token request. */
final class ConnectionRules {

    static final List<String> BASIC_KEYS = List.of("type", "username", "password", "parameters");
    static final List<String> API_KEY_KEYS = List.of("type", "header", "value", "parameters");
    static final List<String> OAUTH_KEYS = List.of("type", "tokenEndpoint", "httpMethod", "clientId", "clientSecret",
            "scopes", "tokenParameters", "parameters");
    static final List<String> PARAMETER_KINDS = List.of("headers", "query", "body");
    static final List<String> AUTH_TYPES = List.of("BASIC", "API_KEY", "OAUTH_CLIENT_CREDENTIALS");
    private static final Pattern SCOPE = Pattern.compile("[!#-\\[\\]-~]{1,256}");

    private final FieldReader fields;
    private final Credentials credentials;
    private final EndpointRules urls;

    ConnectionRules(FieldReader fields) {
        this.fields = fields;
        this.credentials = new Credentials(fields);
        this.urls = new EndpointRules(fields);
    }

    ConnectionAuth auth() {
        JsonNode auth = fields.at("auth");
        if (auth.isMissingNode()) {
            fields.addProblem("auth", null, "missing: the connection needs credentials",
                    "add 'auth:' with 'type: BASIC', 'username' and 'password' (or type API_KEY with 'header' and 'value')");
            return null;
        }
        if (!auth.isObject()) {
            fields.addProblem("auth", auth.asText(), "must be a mapping",
                    "write 'auth:' then indented 'type:', ... lines");
            return null;
        }
        String type = fields.text("auth.type", true);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "BASIC":
                fields.rejectUnknownKeys("auth", BASIC_KEYS);
                return new ConnectionAuth.Basic(credentials.credential("auth.username", false),
                        credentials.credential("auth.password", true));
            case "API_KEY":
                fields.rejectUnknownKeys("auth", API_KEY_KEYS);
                String header = fields.text("auth.header", true);
                if (header != null && !HttpTaskRules.TOKEN.matcher(header).matches()) {
                    fields.addProblem("auth.header", header, "not a valid HTTP header name",
                            "use letters, digits and hyphens, e.g. 'x-api-key' or 'Authorization'");
                }
                return new ConnectionAuth.ApiKey(header, credentials.credential("auth.value", true));
            case "OAUTH_CLIENT_CREDENTIALS":
                return oauth();
            default:
                fields.addProblem("auth.type", type, "not a supported connection type",
                        FieldReader.suggestion(type, AUTH_TYPES, "use one of " + String.join(", ", AUTH_TYPES)));
                return null;
        }
    }

    private ConnectionAuth oauth() {
        fields.rejectUnknownKeys("auth", OAUTH_KEYS);
        URI tokenEndpoint = urls.url("auth.tokenEndpoint", "the OAuth token URL, e.g."
                + " 'https://auth.example.com/oauth/token'");
        String httpMethod = fields.has("auth.httpMethod") ? fields.text("auth.httpMethod", true) : "POST";
        if (httpMethod != null && !List.of("GET", "POST", "PUT").contains(httpMethod)) {
            fields.addProblem("auth.httpMethod", httpMethod, "the token request's method must be GET, POST or PUT",
                    "write 'httpMethod: POST' (the default)");
        }
        List<String> scopes = scopes();
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

    /** {@code auth.parameters}: headers, query and body fields the connection sends on every call. */
    ConnectionParameters connectionParameters() {
        return connectionParameters("auth.parameters");
    }

    /**
     * Headers, query and body fields under {@code field}: {@code auth.parameters} (every call) or
     * {@code auth.tokenParameters} (the OAuth token request).
     */
    private ConnectionParameters connectionParameters(String field) {
        JsonNode node = fields.at(field);
        if (node.isMissingNode()) {
            return ConnectionParameters.NONE;
        }
        if (!node.isObject()) {
            fields.addProblem(field, node.toString(), "must be a mapping",
                    "write '" + FieldReader.leaf(field) + ":' then indented 'headers:', 'query:' or 'body:' mappings");
            return ConnectionParameters.NONE;
        }
        fields.rejectUnknownKeys(field, PARAMETER_KINDS);
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
        JsonNode node = fields.at(parent);
        List<ConnectionParameters.Parameter> parameters = new ArrayList<>();
        if (node.isMissingNode()) {
            return parameters;
        }
        if (!node.isObject()) {
            fields.addProblem(parent, node.toString(), "must be a mapping of names to values",
                    "write '" + kind + ":' then indented 'name: value' lines");
            return parameters;
        }
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String field = Descriptor.child(parent, key);
            if (kind.equals("headers") && (!HttpTaskRules.TOKEN.matcher(key).matches() || key.contains("$")
                    || HttpTaskRules.forbidden(key))) {
                fields.addKeyProblem(field, key, "not a header the HTTP Task may send (see 'headers')",
                        "use another header name; credentials belong in 'auth'");
            } else if (key.isEmpty() || key.length() > 512 || FieldReader.hasControlCharacters(key)) {
                fields.addKeyProblem(field, key, "not a valid " + kind + " name", "use a short printable name");
            } else if (kind.equals("headers") && !seen.add(key)) {
                fields.addKeyProblem(field, key, "the header is set twice (names are case-insensitive)", "keep one");
            } else if (!entry.getValue().isTextual()) {
                fields.notAString(field, key, entry.getValue(), "a value");
            } else if (kind.equals("headers") && !FieldReader.printableAscii(entry.getValue().asText())) {
                fields.addProblem(field, entry.getValue().asText(), "a header value must be printable ASCII",
                        "percent-encode or remove the other characters");
            } else {
                Credential value = credentials.credential(field, entry.getValue().asText(), false);
                if (value != null) {
                    parameters.add(new ConnectionParameters.Parameter(key, value));
                }
            }
        }
        return sorted(parameters);
    }

    private List<String> scopes() {
        JsonNode node = fields.at("auth.scopes");
        List<String> scopes = new ArrayList<>();
        if (node.isMissingNode()) {
            return scopes;
        }
        if (!node.isArray()) {
            fields.addProblem("auth.scopes", node.asText(), "must be a list of scopes",
                    "write 'scopes: [read, write]'");
            return scopes;
        }
        for (int i = 0; i < node.size(); i++) {
            String field = "auth.scopes." + i;
            String scope = node.get(i).isTextual() ? node.get(i).asText() : null;
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                fields.addProblem(field, node.get(i).asText(), "not an OAuth scope (printable ASCII, no spaces, quotes"
                        + " or backslashes)", "write each scope as its own list item");
            } else {
                scopes.add(scope);
            }
        }
        return scopes;
    }
}
