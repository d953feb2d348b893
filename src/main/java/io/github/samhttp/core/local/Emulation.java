package io.github.samhttp.core.local;

import io.github.samhttp.core.local.apigateway.RoutePaths;
import io.github.samhttp.core.local.http.EmptyBody;

/**
 * Where AWS leaves a behaviour undocumented and observers disagree, which reading a local run emulates. The
 * generated project must answer the same under every reading, and the tests run each.
 *
 * @param pathReading how a REST API hands path parameters to the request template
 * @param emptyBody how the HTTP Task gives an empty third-party answer
 */
public record Emulation(RoutePaths.Reading pathReading, EmptyBody emptyBody) {

    /** What captures of deployed APIs show for path parameters; no ResponseBody for an empty answer. */
    public static final Emulation DEFAULT = new Emulation(RoutePaths.Reading.AS_SENT, EmptyBody.ABSENT);
}
