package io.github.samhttp.core.local.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.local.Secrets;
import io.github.samhttp.core.local.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@code AWS::Events::Connection} with every {@code {{resolve:...}}} reference replaced by its local value. Each
 * secret (password, key value, client secret, parameters marked IsValueSecret) is registered with the trace so
 * that it never prints.
 *
 * @param type BASIC, API_KEY or OAUTH_CLIENT_CREDENTIALS
 * @param first the user name, the API key header name, or the OAuth client id
 * @param second the password, the API key value, or the OAuth client secret
 * @param oauthEndpoint the OAuth token endpoint, else null
 * @param oauthMethod the OAuth token request's method, else null
 * @param oauth extra parameters of the token request
 * @param invocation parameters sent on every call
 */
public record Connection(String type, String first, String second, String oauthEndpoint, String oauthMethod,
        HttpParameters oauth, HttpParameters invocation) {

    /** One key and value of a connection's HTTP parameters. */
    public record Parameter(String key, String value) {
    }

    /** Header, query string and body parameters. */
    public record HttpParameters(List<Parameter> headers, List<Parameter> query, List<Parameter> body) {
        static final HttpParameters NONE = new HttpParameters(List.of(), List.of(), List.of());
    }

    /** Thrown when references have no local value; the message lists each with where to put it. */
    public static final class MissingSecrets extends Exception {
        private final Set<String> references;

        MissingSecrets(Set<String> references) {
            super(String.join(", ", references));
            this.references = references;
        }

        public Set<String> references() {
            return references;
        }
    }

    /** Resolves the Properties of a connection resource. */
    public static Connection resolve(JsonNode properties, Secrets secrets, Trace trace) throws MissingSecrets {
        Resolver resolver = new Resolver(secrets, trace);
        JsonNode auth = properties.path("AuthParameters");
        String type = properties.path("AuthorizationType").asText();
        Connection connection;
        switch (type) {
            case "BASIC": {
                JsonNode basic = auth.path("BasicAuthParameters");
                connection = new Connection(type, resolver.value(basic.path("Username"), false),
                        resolver.value(basic.path("Password"), true), null, null, HttpParameters.NONE,
                        resolver.parameters(auth.path("InvocationHttpParameters")));
                break;
            }
            case "API_KEY": {
                JsonNode key = auth.path("ApiKeyAuthParameters");
                connection = new Connection(type, resolver.value(key.path("ApiKeyName"), false),
                        resolver.value(key.path("ApiKeyValue"), true), null, null, HttpParameters.NONE,
                        resolver.parameters(auth.path("InvocationHttpParameters")));
                break;
            }
            case "OAUTH_CLIENT_CREDENTIALS": {
                JsonNode oauth = auth.path("OAuthParameters");
                JsonNode client = oauth.path("ClientParameters");
                connection = new Connection(type, resolver.value(client.path("ClientID"), false),
                        resolver.value(client.path("ClientSecret"), true),
                        resolver.value(oauth.path("AuthorizationEndpoint"), false),
                        oauth.path("HttpMethod").asText("POST"),
                        resolver.parameters(oauth.path("OAuthHttpParameters")),
                        resolver.parameters(auth.path("InvocationHttpParameters")));
                break;
            }
            default:
                throw new IllegalArgumentException("unsupported AuthorizationType " + type);
        }
        if (!resolver.missing.isEmpty()) {
            throw new MissingSecrets(resolver.missing);
        }
        return connection;
    }

    private static final class Resolver {
        private final Secrets secrets;
        private final Trace trace;
        private final Set<String> missing = new TreeSet<>();

        Resolver(Secrets secrets, Trace trace) {
            this.secrets = secrets;
            this.trace = trace;
        }

        String value(JsonNode node, boolean secret) {
            String text = node.asText();
            if (text.startsWith("{{resolve:") && text.endsWith("}}")) {
                String reference = text.substring("{{resolve:".length(), text.length() - 2);
                String value = secrets.lookup(reference).orElse(null);
                if (value == null) {
                    missing.add(reference);
                    return "";
                }
                text = value;
                // A dry run's stand-in for a value not set locally is the variable's name, not a secret: shown.
                if (value.equals(io.github.samhttp.core.local.Secrets.environmentVariable(reference))) {
                    return text;
                }
            }
            if (secret) {
                trace.secret(text);
            }
            return text;
        }

        HttpParameters parameters(JsonNode node) {
            return new HttpParameters(list(node.path("HeaderParameters")), list(node.path("QueryStringParameters")),
                    list(node.path("BodyParameters")));
        }

        private List<Parameter> list(JsonNode items) {
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode item : items) {
                parameters.add(new Parameter(item.path("Key").asText(),
                        value(item.path("Value"), item.path("IsValueSecret").asBoolean())));
            }
            return parameters;
        }
    }
}
