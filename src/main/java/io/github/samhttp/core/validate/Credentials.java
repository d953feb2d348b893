package io.github.samhttp.core.validate;

import io.github.samhttp.core.model.Credential;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Credential references as the descriptor writes them ({@code ssm:...}, {@code secretsmanager:...}). */
final class Credentials {

    static final Pattern SSM = Pattern.compile("ssm:(/?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*)(?::([1-9][0-9]{0,8}))?");
    private static final Pattern SECRET = Pattern.compile(
            "secretsmanager:([A-Za-z0-9/_+=.@:-]{1,512}):SecretString:([A-Za-z0-9/_+=.@-]{1,256})");
    static final String SSM_FORM = "ssm:/parameter-name or ssm:/parameter-name:version";
    static final String SECRET_FORM = "secretsmanager:secret-id:SecretString:json-key";

    private final FieldReader fields;
    private final LiteralCredentials literals;

    Credentials(FieldReader fields) {
        this.fields = fields;
        this.literals = new LiteralCredentials(fields);
    }

    /** Whether the text is written as a reference (well formed or not). */
    static boolean looksLikeReference(String text) {
        return text.startsWith("ssm:") || text.startsWith("ssm-secure:") || text.startsWith("secretsmanager:");
    }

    /** A credential: a reference, or a literal where {@code secret} is false. */
    Credential credential(String field, boolean secret) {
        String text = fields.text(field);
        return text == null ? null : credential(field, null, text, secret);
    }

    /**
     * The credential written at {@code field}: a reference, or (where {@code secret} is false) plain text that is
     * not a credential by its {@code name} (null for none) or its shape.
     */
    Credential credential(String field, String name, String text, boolean secret) {
        if (text.startsWith("ssm-secure:")) {
            fields.addProblem(field, text, "CloudFormation cannot resolve ssm-secure references in an "
                    + "AWS::Events::Connection (the deploy fails with 'SSM Secure reference is not supported')",
                    "store the value in Secrets Manager and write " + SECRET_FORM
                            + ", or use a String parameter with " + SSM_FORM);
            return null;
        }
        if (text.startsWith("ssm:")) {
            Matcher matcher = SSM.matcher(text);
            if (matcher.matches() && text.length() <= 2100) {
                if (secret) {
                    fields.warn(field, text, "CloudFormation reads only String parameters, so this secret is stored"
                            + " unencrypted in Parameter Store", "prefer " + SECRET_FORM);
                }
                return new Credential.SsmParameter(matcher.group(1), matcher.group(2));
            }
            fields.addProblem(field, text, "not a valid SSM parameter reference",
                    "write " + SSM_FORM + " (names use letters, digits and _ . - /)");
            return null;
        }
        if (text.startsWith("secretsmanager:")) {
            Matcher matcher = SECRET.matcher(text);
            if (matcher.matches()) {
                return new Credential.Secret(matcher.group(1), matcher.group(2));
            }
            fields.addProblem(field, text, "not a valid Secrets Manager reference", "write " + SECRET_FORM);
            return null;
        }
        if (secret) {
            fields.addProblem(field, "(hidden)", "a secret must not be written in the descriptor",
                    "store it in SSM Parameter Store or Secrets Manager and write " + SSM_FORM + " or " + SECRET_FORM);
            return null;
        }
        if (!fields.oneLine(field, text, 512) || !literals.allowed(field, name, text, LiteralCredentials.USE_REFERENCE)) {
            return null;
        }
        return new Credential.Literal(text);
    }
}
