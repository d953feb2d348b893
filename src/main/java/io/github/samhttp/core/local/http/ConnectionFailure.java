package io.github.samhttp.core.local.http;

/**
 * The ways the HTTP Task fails on its EventBridge connection rather than on the third party: the error names
 * {@code Events.ConnectionResource.<name>} AWS documents. A local run can be made to fail with each (see
 * {@code Emulation}); the generated answer template gives each a 502 whose cause says what to check.
 */
public enum ConnectionFailure {
    INVALID_CONNECTION_STATE("InvalidConnectionState"),
    INVALID_PRIVATE_CONNECTION_STATE("InvalidPrivateConnectionState"),
    ACCESS_DENIED("AccessDenied"),
    RESOURCE_NOT_FOUND("ResourceNotFound"),
    AUTH_IN_PROGRESS("AuthInProgress"),
    CONCURRENT_MODIFICATION("ConcurrentModification"),
    INTERNAL_ERROR("InternalError");

    public static final String PREFIX = "Events.ConnectionResource.";

    private final String name;

    ConnectionFailure(String name) {
        this.name = name;
    }

    /** The error the task raises, e.g. {@code Events.ConnectionResource.AccessDenied}. */
    public String error() {
        return PREFIX + name;
    }
}
