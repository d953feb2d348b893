package io.github.samhttp.core.model;

/** How the EventBridge connection authenticates to the third-party API. */
public sealed interface ConnectionAuth {

    /** The connection's {@code AuthorizationType}. */
    String type();

    /** HTTP Basic: {@code Authorization: Basic base64(username:password)}. */
    record Basic(Credential username, Credential password) implements ConnectionAuth {
        @Override
        public String type() {
            return "BASIC";
        }
    }

    /** A key sent in a header of the given name on every call. */
    record ApiKey(String headerName, Credential value) implements ConnectionAuth {
        @Override
        public String type() {
            return "API_KEY";
        }
    }

    /**
     * OAuth 2 client credentials: EventBridge fetches a token from {@code tokenEndpoint} with the client id and
     * secret, and sends it on each call.
     *
     * @param httpMethod the token request's method: GET, POST or PUT
     * @param scopes sent as the token request's {@code scope} body parameter, space-separated; may be empty
     * @param tokenParameters extra headers, query and body parameters of the token request (e.g. an audience)
     */
    record OAuthClientCredentials(java.net.URI tokenEndpoint, String httpMethod, Credential clientId,
            Credential clientSecret, java.util.List<String> scopes, ConnectionParameters tokenParameters)
            implements ConnectionAuth {
        @Override
        public String type() {
            return "OAUTH_CLIENT_CREDENTIALS";
        }
    }
}
