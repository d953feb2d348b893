package io.github.samhttp.core.local;

import io.github.samhttp.core.local.apigateway.RoutePaths;
import io.github.samhttp.core.local.http.ConnectionFailure;
import io.github.samhttp.core.local.http.EmptyBody;
import io.github.samhttp.core.local.http.ErrorCause;

/**
 * Where AWS leaves a behaviour undocumented and observers disagree, which reading a local run emulates. The
 * generated project must answer the same under every reading, and the tests run each.
 *
 * @param pathReading how a REST API hands path parameters to the request template
 * @param emptyBody how the HTTP Task gives an empty third-party answer
 * @param errorCause how the HTTP Task words the Cause of a non-2xx answer
 * @param connectionFailure how the HTTP Task fails on its connection (deployed: a deauthorized connection, a role
 *     that may not read its secret, ...), or null when the connection works
 */
public record Emulation(RoutePaths.Reading pathReading, EmptyBody emptyBody, ErrorCause errorCause,
        ConnectionFailure connectionFailure) {

    /** What captures of deployed APIs show for path parameters; no ResponseBody for an empty answer. */
    public static final Emulation DEFAULT = new Emulation(RoutePaths.Reading.AS_SENT, EmptyBody.ABSENT);

    public Emulation(RoutePaths.Reading pathReading, EmptyBody emptyBody) {
        this(pathReading, emptyBody, ErrorCause.STATUS_TEXT);
    }

    public Emulation(RoutePaths.Reading pathReading, EmptyBody emptyBody, ErrorCause errorCause) {
        this(pathReading, emptyBody, errorCause, null);
    }

    /** The same, with the connection failing as {@code failure}. */
    public Emulation failing(ConnectionFailure failure) {
        return new Emulation(pathReading, emptyBody, errorCause, failure);
    }
}
