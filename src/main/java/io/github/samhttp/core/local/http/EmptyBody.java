package io.github.samhttp.core.local.http;

/**
 * How the HTTP Task gives an empty third-party answer in its output's {@code ResponseBody}: undocumented, and
 * emulators differ. The generated state machine answers the same for all three.
 */
public enum EmptyBody {
    /** No ResponseBody key. */
    ABSENT,
    /** {@code "ResponseBody": null}. */
    NULL,
    /** {@code "ResponseBody": ""}. */
    EMPTY_STRING
}
