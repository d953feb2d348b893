package io.github.samhttp.core.model;

/** How callers authenticate to the generated API Gateway endpoint. */
public enum ApiAuth {
    /** An API key in the {@code x-api-key} header, with a usage plan that throttles it. The default. */
    API_KEY,
    /** AWS Signature Version 4 (IAM). */
    IAM,
    /** Open to anyone: only when the descriptor says so, and the build warns. */
    NONE
}
