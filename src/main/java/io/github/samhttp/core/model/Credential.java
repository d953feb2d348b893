package io.github.samhttp.core.model;

/**
 * A value the connection needs: either a reference resolved by CloudFormation at deploy time, or (for values that
 * are not secret, such as an API key's header name) a literal.
 */
public sealed interface Credential {

    /** The text that goes into the template. */
    String templateValue();

    /** A plain value, for fields that are not secret. */
    record Literal(String value) implements Credential {
        @Override
        public String templateValue() {
            return value;
        }
    }

    /** An SSM String parameter, optionally at a version: {@code {{resolve:ssm:name[:version]}}}. */
    record SsmParameter(String name, String version) implements Credential {
        @Override
        public String templateValue() {
            return "{{resolve:ssm:" + name + (version == null ? "" : ":" + version) + "}}";
        }
    }

    /** A JSON key of a Secrets Manager secret: {@code {{resolve:secretsmanager:id:SecretString:key}}}. */
    record Secret(String secretId, String jsonKey) implements Credential {
        @Override
        public String templateValue() {
            return "{{resolve:secretsmanager:" + secretId + ":SecretString:" + jsonKey + "}}";
        }
    }
}
