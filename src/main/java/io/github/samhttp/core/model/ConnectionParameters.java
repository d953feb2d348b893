package io.github.samhttp.core.model;

import java.util.List;

/**
 * What the EventBridge connection adds to every call ({@code InvocationHttpParameters}); on the same key the
 * connection's value wins over the state machine's.
 */
public record ConnectionParameters(List<Parameter> headers, List<Parameter> query, List<Parameter> body) {

    public static final ConnectionParameters NONE = new ConnectionParameters(List.of(), List.of(), List.of());

    /** One key and its value; a value given as a reference is marked secret. */
    public record Parameter(String key, Credential value) {
        public boolean secret() {
            return !(value instanceof Credential.Literal);
        }
    }

    public boolean isEmpty() {
        return headers.isEmpty() && query.isEmpty() && body.isEmpty();
    }
}
