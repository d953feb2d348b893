package io.github.samhttp.core.model;

/**
 * A value the connection needs: either a reference resolved by CloudFormation at deploy time, or (for values that
 * are not secret, such as an API key's header name) a literal. How each is written in the template is the
 * documents' business.
 */
public sealed interface Credential {

    /** A plain value, for fields that are not secret. */
    record Literal(String value) implements Credential {
    }

    /** An SSM String parameter, optionally at a version. */
    record SsmParameter(String name, String version) implements Credential {
    }

    /** A JSON key of a Secrets Manager secret. */
    record Secret(String secretId, String jsonKey) implements Credential {
    }
}
