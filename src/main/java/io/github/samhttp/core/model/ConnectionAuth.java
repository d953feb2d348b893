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
}
