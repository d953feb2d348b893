package io.github.samhttp.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses a credential pasted as plain text where the descriptor takes a plain value (a static header or query
 * parameter, a connection or token-request parameter, a user name): by the name it is sent under, or by the shape of
 * well-known credentials. A plain value lands in the template and the state machine definition in clear.
 */
final class LiteralCredentials {

    /** Compiled once: every field name is checked. */
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]");

    /** Names (lowercase, letters and digits only) that always mean a credential. */
    private static final List<String> NAMES = List.of("key", "apikey", "token", "secret", "password", "passwd", "pwd",
            "passphrase", "auth", "authorization", "credential", "credentials", "accesskey", "clientsecret");
    /** Endings of names that mean a credential ({@code x-api-key}, {@code X-Auth-Token}, {@code client_secret}). */
    private static final List<String> ENDINGS = List.of("apikey", "accesskey", "secretkey", "privatekey",
            "subscriptionkey", "accesstoken", "authtoken", "bearertoken", "refreshtoken", "idtoken", "sessiontoken",
            "apitoken", "privatetoken", "securitytoken", "csrftoken", "clientsecret", "appsecret", "apisecret",
            "secret", "password", "passwd", "passphrase", "authorization", "credentials");
    /** Well-known credential formats. */
    private static final List<Kind> KINDS = List.of(
            new Kind("a Stripe secret key", Pattern.compile("(sk|rk)_(live|test)_[0-9A-Za-z]{10,}|whsec_[0-9A-Za-z]{10,}")),
            new Kind("a SendGrid API key", Pattern.compile("SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}")),
            new Kind("a Slack token", Pattern.compile("xox[abposr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}")),
            new Kind("a GitHub token", Pattern.compile("gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,}")),
            new Kind("an AWS access key", Pattern.compile("(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}")),
            new Kind("a Twilio auth token or API key", Pattern.compile("(SK)?[0-9a-f]{32}")),
            new Kind("a Google API key", Pattern.compile("AIza[0-9A-Za-z_-]{35}")),
            new Kind("an OpenAI or Anthropic API key", Pattern.compile("sk-(ant-|proj-)?[A-Za-z0-9_-]{20,}")),
            new Kind("a Mailgun API key", Pattern.compile("key-[0-9a-z]{32}")),
            new Kind("a Mailchimp API key", Pattern.compile("[0-9a-f]{32}-us[0-9]{1,2}")),
            new Kind("a GitLab token", Pattern.compile("glpat-[A-Za-z0-9_-]{20,}")),
            new Kind("an npm token", Pattern.compile("npm_[A-Za-z0-9]{36}")),
            new Kind("a Shopify token", Pattern.compile("shp(at|ca|pa|ss)_[a-fA-F0-9]{32}")),
            new Kind("a HubSpot private app token", Pattern.compile("pat-(na|eu)[0-9]-[0-9a-f-]{36}")),
            new Kind("a JSON Web Token", Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*")),
            new Kind("an Authorization value", Pattern.compile("(?i)(bearer|basic|token|digest)\\s+\\S{8,}")),
            new Kind("a private key", Pattern.compile("(?s).*-----BEGIN [A-Z ]*PRIVATE KEY-----.*")));

    /** The fix for a static header or query parameter: the connection carries credentials. */
    static final String MOVE_TO_AUTH = "store it in Secrets Manager and write it in 'auth' as " + Credentials.SECRET_FORM
            + " (type API_KEY for a header; 'auth.parameters' for a query or body parameter, where a reference is"
            + " marked secret)";
    /** The fix where a reference may stand: write one. */
    static final String USE_REFERENCE = "store it in Secrets Manager and write " + Credentials.SECRET_FORM
            + " (or " + Credentials.SSM_FORM + "); a reference is marked secret";

    private record Kind(String what, Pattern pattern) {
    }

    private final FieldReader fields;

    LiteralCredentials(FieldReader fields) {
        this.fields = fields;
    }

    /**
     * Whether {@code value}, sent under {@code name} (null when it has none), may be written as plain text; when
     * not, the problem is reported at {@code field}.
     */
    boolean allowed(String field, String name, String value, String fix) {
        String why = null;
        if (Credentials.looksLikeReference(value)) {
            fields.addProblem(field, value, "references are resolved only in 'auth' and 'endpointParameters': here"
                    + " it would be sent as the text '" + value + "'", fix);
            return false;
        }
        if (name != null && credentialName(name)) {
            why = "'" + name + "' names a credential, and a plain value would be stored in clear in the template and"
                    + " the state machine";
        } else {
            for (Kind kind : KINDS) {
                if (kind.pattern().matcher(value.strip()).matches()) {
                    why = "the value has the shape of " + kind.what() + ", which must not be written in the"
                            + " descriptor";
                    break;
                }
            }
        }
        if (why == null) {
            return true;
        }
        fields.addProblem(field, "(hidden)", why, fix);
        return false;
    }

    static boolean credentialName(String name) {
        String normal = NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        if (NAMES.contains(normal)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (normal.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
