package io.github.samhttp.core.model;

import java.util.List;

/**
 * Which web pages may call the API from a browser (cross-origin resource sharing).
 *
 * @param allowOrigins the allowed origins, or {@code ["*"]} for any
 * @param allowHeaders request headers allowed besides those the API needs
 * @param allowMethods the methods preflight answers allow, or empty for each path's own
 * @param maxAgeSeconds how long a browser may reuse a preflight answer
 * @param allowCredentials whether pages may send cookies or HTTP authentication and read the answers
 */
public record Cors(List<String> allowOrigins, List<String> allowHeaders, List<HttpMethod> allowMethods,
        int maxAgeSeconds, boolean allowCredentials) {

    public static final int DEFAULT_MAX_AGE_SECONDS = 600;
    /** What {@code allowMethods} takes: the methods a route may have (a preflight is OPTIONS itself). */
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    public Cors {
        allowOrigins = List.copyOf(allowOrigins);
        allowHeaders = List.copyOf(allowHeaders);
        allowMethods = List.copyOf(allowMethods);
    }

    /** Whether any origin may call ({@code *}), rather than the listed ones. */
    public boolean anyOrigin() {
        return allowOrigins.contains("*");
    }
}
