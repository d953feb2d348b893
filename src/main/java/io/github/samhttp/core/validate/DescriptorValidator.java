package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.ArrayFormat;
import io.github.samhttp.core.model.ConnectionAuth;
import io.github.samhttp.core.model.Credential;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.model.HttpTaskRules;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Operations;
import io.github.samhttp.core.model.ConnectionParameters;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.Location;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a parsed descriptor field by field and turns it into an {@link Integration} with every default applied.
 * Collects all problems rather than stopping at the first, so one build shows everything to fix.
 */
public final class DescriptorValidator {

    static final List<String> TOP_KEYS = List.of("endpoint", "method", "auth", "name", "stage", "path",
            "requestBody", "encoding", "arrayFormat", "headers", "retry", "timeoutSeconds", "apiAuth", "tracing", "logLevel",
            "logRetentionDays", "tags");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}");
    static final List<String> BASIC_KEYS = List.of("type", "username", "password", "parameters");
    static final List<String> API_KEY_KEYS = List.of("type", "header", "value", "parameters");
    static final List<String> OAUTH_KEYS = List.of("type", "tokenEndpoint", "httpMethod", "clientId", "clientSecret",
            "scopes", "parameters");
    static final List<String> PARAMETER_KINDS = List.of("headers", "query", "body");
    static final List<String> AUTH_TYPES = List.of("BASIC", "API_KEY", "OAUTH_CLIENT_CREDENTIALS");
    private static final Pattern SCOPE = Pattern.compile("[!#-\\[\\]-~]{1,256}");
    static final List<String> RETRY_KEYS = List.of("maxAttempts", "intervalSeconds", "backoffRate", "maxDelaySeconds");

    static final int DEFAULT_TIMEOUT_SECONDS = 8;
    static final String DEFAULT_STAGE = "dev";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int NAME_MAX = 40;
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern PATH = Pattern.compile("/|(/[A-Za-z0-9._~-]+)+");
    private static final int PATH_MAX = 256;
    private static final Pattern BODY_PATH = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern SSM = Pattern.compile("ssm:(/?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*)(?::([1-9][0-9]{0,8}))?");
    private static final Pattern SECRET = Pattern.compile(
            "secretsmanager:([A-Za-z0-9/_+=.@:-]{1,512}):SecretString:([A-Za-z0-9/_+=.@-]{1,256})");
    private static final String SSM_FORM = "ssm:/parameter-name or ssm:/parameter-name:version";
    private static final String SECRET_FORM = "secretsmanager:secret-id:SecretString:json-key";

    private final Descriptor descriptor;
    private final List<Problem> problems;
    private final List<Problem> warnings;

    private DescriptorValidator(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        this.descriptor = descriptor;
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * Validates {@code descriptor}. Problems go into {@code problems}, advice that does not stop the build into
     * {@code warnings}. The result is meaningful only when no problem was added.
     */
    public static Integration validate(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        return new DescriptorValidator(descriptor, problems, warnings).integration();
    }

    private Integration integration() {
        rejectUnknownKeys("", TOP_KEYS);
        URI endpoint = endpoint();
        HttpMethod method = enumValue("method", HttpMethod.class, null);
        ConnectionAuth auth = auth();
        String name = pattern("name", NAME, NAME_MAX, endpoint == null ? "integration" : defaultName(endpoint),
                "use lowercase letters, digits and single hyphens, starting with a letter, at most 40 characters,"
                        + " e.g. 'twilio-sms'");
        String stage = pattern("stage", STAGE, 64, DEFAULT_STAGE,
                "use letters, digits and underscores, e.g. 'dev' or 'prod'");
        String path = pattern("path", PATH, PATH_MAX, "/" + name,
                "write a path such as '/sms': segments of letters, digits and . _ ~ - separated by '/'");
        String requestBody = requestBody(method);
        Encoding encoding = enumValue("encoding", Encoding.class, Encoding.JSON);
        if (encoding == Encoding.URL_ENCODED && method != null && !method.sendsBody()) {
            addProblem("encoding", "URL_ENCODED", "a " + method + " request has no body to encode",
                    "remove 'encoding', or use POST, PUT or PATCH");
        }
        ArrayFormat arrayFormat = null;
        if (!descriptor.at("arrayFormat").isMissingNode()) {
            arrayFormat = enumValue("arrayFormat", ArrayFormat.class, null);
            if (encoding != Encoding.URL_ENCODED && arrayFormat != null) {
                addProblem("arrayFormat", arrayFormat.name(), "only a URL-encoded body has an array format",
                        "add 'encoding: URL_ENCODED', or remove 'arrayFormat'");
            }
        }
        SortedMap<String, String> headers = headers(encoding);
        RetryPolicy retry = retry();
        int timeoutSeconds = integer("timeoutSeconds", 1, Integration.EXECUTION_TIMEOUT_SECONDS,
                DEFAULT_TIMEOUT_SECONDS);
        ApiAuth apiAuth = enumValue("apiAuth", ApiAuth.class, ApiAuth.API_KEY);
        if (apiAuth == ApiAuth.NONE) {
            warn("apiAuth", "NONE", "the endpoint is open to anyone on the internet, and every call reaches "
                    + descriptor.at("endpoint").asText() + " with your credentials",
                    "use API_KEY (the default) or IAM unless the endpoint must be public");
        }
        if (retry != null && timeoutSeconds * (retry.maxAttempts() + 1) + retry.worstCaseWaitSeconds()
                > Integration.EXECUTION_TIMEOUT_SECONDS) {
            warn("timeoutSeconds", Integer.toString(timeoutSeconds), "with " + retry.maxAttempts()
                    + " retries the calls can take longer than the " + Integration.EXECUTION_TIMEOUT_SECONDS
                    + "-second execution limit, so late attempts are cut off and answered 504",
                    "lower timeoutSeconds or retry.maxAttempts");
        }
        Operations operations = operations();
        ConnectionParameters parameters = connectionParameters();
        if (!problems.isEmpty()) {
            return null;
        }
        return new Integration(name, endpoint, method, auth, stage, path, requestBody, encoding, arrayFormat,
                headers, retry, timeoutSeconds, apiAuth, operations, parameters);
    }

    private URI endpoint() {
        return url("endpoint", "the full HTTPS URL of the third-party API, e.g. "
                + "'https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json'");
    }

    /** An https:// URL with a host and no query, fragment, user info or '*'. */
    private URI url(String field, String what) {
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        String fixUrl = "write " + what;
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            addProblem(field, text, "the URL has spaces, control or non-ASCII characters",
                    "percent-encode them (a space is %20)");
            return null;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            addProblem(field, text, "not a valid URL (" + e.getReason() + ")", fixUrl);
            return null;
        }
        if (!"https".equals(uri.getScheme())) {
            addProblem(field, text, "only https:// endpoints are allowed (credentials must not travel in clear)",
                    "use the https:// URL of the API");
        } else if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            addProblem(field, text, "the URL needs a host name and no user name or password in it", fixUrl);
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            addProblem(field, text, "the URL has a query string or fragment",
                    "remove everything from '?' or '#' on");
        } else if (text.indexOf('*') >= 0) {
            addProblem(field, text, "'*' would act as a wildcard in the IAM condition that scopes the endpoint",
                    "percent-encode it as %2A");
        } else if (text.length() > 2048) {
            addProblem(field, text, "the URL is longer than 2048 characters", fixUrl);
        } else {
            return uri;
        }
        return null;
    }

    private ConnectionAuth auth() {
        JsonNode auth = descriptor.at("auth");
        if (auth.isMissingNode()) {
            addProblem("auth", null, "missing: the connection needs credentials",
                    "add 'auth:' with 'type: BASIC', 'username' and 'password' (or type API_KEY with 'header' and 'value')");
            return null;
        }
        if (!auth.isObject()) {
            addProblem("auth", auth.asText(), "must be a mapping", "write 'auth:' then indented 'type:', ... lines");
            return null;
        }
        String type = text("auth.type", true);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "BASIC":
                rejectUnknownKeys("auth", BASIC_KEYS);
                return new ConnectionAuth.Basic(credential("auth.username", false), credential("auth.password", true));
            case "API_KEY":
                rejectUnknownKeys("auth", API_KEY_KEYS);
                String header = text("auth.header", true);
                if (header != null && !HttpTaskRules.TOKEN.matcher(header).matches()) {
                    addProblem("auth.header", header, "not a valid HTTP header name",
                            "use letters, digits and hyphens, e.g. 'x-api-key' or 'Authorization'");
                }
                return new ConnectionAuth.ApiKey(header, credential("auth.value", true));
            case "OAUTH_CLIENT_CREDENTIALS":
                rejectUnknownKeys("auth", OAUTH_KEYS);
                URI tokenEndpoint = url("auth.tokenEndpoint", "the OAuth token URL, e.g."
                        + " 'https://auth.example.com/oauth/token'");
                String httpMethod = descriptor.at("auth.httpMethod").isMissingNode() ? "POST"
                        : text("auth.httpMethod", true);
                if (httpMethod != null && !List.of("GET", "POST", "PUT").contains(httpMethod)) {
                    addProblem("auth.httpMethod", httpMethod, "the token request's method must be GET, POST or PUT",
                            "write 'httpMethod: POST' (the default)");
                }
                return new ConnectionAuth.OAuthClientCredentials(tokenEndpoint, httpMethod,
                        credential("auth.clientId", false), credential("auth.clientSecret", true), scopes());
            default:
                addProblem("auth.type", type, "not a supported connection type",
                        suggestion(type, AUTH_TYPES, "use one of " + String.join(", ", AUTH_TYPES)));
                return null;
        }
    }

    /** {@code auth.parameters}: headers, query and body fields the connection sends on every call. */
    private ConnectionParameters connectionParameters() {
        JsonNode node = descriptor.at("auth.parameters");
        if (node.isMissingNode()) {
            return ConnectionParameters.NONE;
        }
        if (!node.isObject()) {
            addProblem("auth.parameters", node.toString(), "must be a mapping",
                    "write 'parameters:' then indented 'headers:', 'query:' or 'body:' mappings");
            return ConnectionParameters.NONE;
        }
        rejectUnknownKeys("auth.parameters", PARAMETER_KINDS);
        return new ConnectionParameters(parameters("headers"), parameters("query"), parameters("body"));
    }

    /** Sorted by key, so that the order of keys in the descriptor never changes the output. */
    private static List<ConnectionParameters.Parameter> sorted(List<ConnectionParameters.Parameter> parameters) {
        parameters.sort(java.util.Comparator.comparing(ConnectionParameters.Parameter::key,
                String.CASE_INSENSITIVE_ORDER).thenComparing(ConnectionParameters.Parameter::key));
        return parameters;
    }

    private List<ConnectionParameters.Parameter> parameters(String kind) {
        String parent = "auth.parameters." + kind;
        JsonNode node = descriptor.at(parent);
        List<ConnectionParameters.Parameter> parameters = new java.util.ArrayList<>();
        if (node.isMissingNode()) {
            return parameters;
        }
        if (!node.isObject()) {
            addProblem(parent, node.toString(), "must be a mapping of names to values",
                    "write '" + kind + ":' then indented 'name: value' lines");
            return parameters;
        }
        java.util.Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String field = Descriptor.child(parent, key);
            if (kind.equals("headers") && (!HttpTaskRules.TOKEN.matcher(key).matches() || key.contains("$")
                    || HttpTaskRules.forbidden(key))) {
                addKeyProblem(field, key, "not a header the HTTP Task may send (see 'headers')",
                        "use another header name; credentials belong in 'auth'");
            } else if (key.isEmpty() || key.length() > 512 || hasControlCharacters(key)) {
                addKeyProblem(field, key, "not a valid " + kind + " name", "use a short printable name");
            } else if (kind.equals("headers") && !seen.add(key)) {
                addKeyProblem(field, key, "the header is set twice (names are case-insensitive)", "keep one");
            } else if (!entry.getValue().isTextual()) {
                notAString(field, key, entry.getValue(), "a value");
            } else if (kind.equals("headers") && !printableAscii(entry.getValue().asText())) {
                addProblem(field, entry.getValue().asText(), "a header value must be printable ASCII",
                        "percent-encode or remove the other characters");
            } else {
                Credential value = credential(field, entry.getValue().asText(), false);
                if (value != null) {
                    parameters.add(new ConnectionParameters.Parameter(key, value));
                }
            }
        }
        return sorted(parameters);
    }

    private Operations operations() {
        Operations defaults = Operations.DEFAULT;
        boolean tracing = defaults.tracing();
        JsonNode tracingNode = descriptor.at("tracing");
        if (!tracingNode.isMissingNode()) {
            if (tracingNode.isBoolean()) {
                tracing = tracingNode.asBoolean();
            } else {
                addProblem("tracing", tracingNode.asText(), "must be true or false", "write 'tracing: true'");
            }
        }
        String logLevel = defaults.logLevel();
        if (!descriptor.at("logLevel").isMissingNode()) {
            logLevel = text("logLevel", true);
            if (logLevel != null && !Operations.LOG_LEVELS.contains(logLevel)) {
                addProblem("logLevel", logLevel, "not one of " + String.join(", ", Operations.LOG_LEVELS),
                        suggestion(logLevel, Operations.LOG_LEVELS, "write 'logLevel: ERROR' (the default)"));
            }
        }
        int retention = integer("logRetentionDays", 1, 3653, defaults.logRetentionDays());
        if (!Operations.RETENTION_DAYS.contains(retention)) {
            addProblem("logRetentionDays", Integer.toString(retention), "not a retention CloudWatch Logs accepts",
                    "use one of " + Operations.RETENTION_DAYS.stream().map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        }
        TreeMap<String, String> tags = new TreeMap<>();
        JsonNode node = descriptor.at("tags");
        if (!node.isMissingNode() && !node.isObject()) {
            addProblem("tags", node.toString(), "must be a mapping of tag keys to values",
                    "write 'tags:' then indented lines such as 'team: payments'");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = it.next();
            String field = Descriptor.child("tags", tag.getKey());
            if (!TAG_KEY.matcher(tag.getKey()).matches() || tag.getKey().startsWith("aws:")) {
                addKeyProblem(field, tag.getKey(), "not a valid tag key (1 to 128 letters, digits, spaces and"
                        + " _ . : / = + - @, not starting with 'aws:')", "rename the tag");
            } else if (!tag.getValue().isTextual()) {
                notAString(field, tag.getKey(), tag.getValue(), "a tag value");
            } else if (checkFreeText(field, tag.getValue().asText(), 256)) {
                tags.put(tag.getKey(), tag.getValue().asText());
            }
        }
        if (tags.size() > 40) {
            addProblem("tags", tags.size() + " tags", "more tags than the 40 this plugin allows (AWS allows 50 on a"
                    + " resource, and some are taken by SAM and CloudFormation)", "keep at most 40");
        }
        return new Operations(tracing, logLevel, retention, tags);
    }

    private List<String> scopes() {
        JsonNode node = descriptor.at("auth.scopes");
        List<String> scopes = new java.util.ArrayList<>();
        if (node.isMissingNode()) {
            return scopes;
        }
        if (!node.isArray()) {
            addProblem("auth.scopes", node.asText(), "must be a list of scopes", "write 'scopes: [read, write]'");
            return scopes;
        }
        for (int i = 0; i < node.size(); i++) {
            String field = "auth.scopes." + i;
            String scope = node.get(i).isTextual() ? node.get(i).asText() : null;
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                addProblem(field, node.get(i).asText(), "not an OAuth scope (printable ASCII, no spaces, quotes or"
                        + " backslashes)", "write each scope as its own list item");
            } else {
                scopes.add(scope);
            }
        }
        return scopes;
    }

    /** A credential: a reference, or a literal where {@code secret} is false. */
    private Credential credential(String field, boolean secret) {
        String text = text(field, true);
        return text == null ? null : credential(field, text, secret);
    }

    private Credential credential(String field, String text, boolean secret) {
        if (text.startsWith("ssm-secure:")) {
            addProblem(field, text, "CloudFormation cannot resolve ssm-secure references in an "
                    + "AWS::Events::Connection (the deploy fails with 'SSM Secure reference is not supported')",
                    "store the value in Secrets Manager and write " + SECRET_FORM
                            + ", or use a String parameter with " + SSM_FORM);
            return null;
        }
        if (text.startsWith("ssm:")) {
            var matcher = SSM.matcher(text);
            if (matcher.matches() && text.length() <= 2100) {
                if (secret) {
                    warn(field, text, "CloudFormation reads only String parameters, so this secret is stored"
                            + " unencrypted in Parameter Store", "prefer " + SECRET_FORM);
                }
                return new Credential.SsmParameter(matcher.group(1), matcher.group(2));
            }
            addProblem(field, text, "not a valid SSM parameter reference",
                    "write " + SSM_FORM + " (names use letters, digits and _ . - /)");
            return null;
        }
        if (text.startsWith("secretsmanager:")) {
            var matcher = SECRET.matcher(text);
            if (matcher.matches()) {
                return new Credential.Secret(matcher.group(1), matcher.group(2));
            }
            addProblem(field, text, "not a valid Secrets Manager reference", "write " + SECRET_FORM);
            return null;
        }
        if (secret) {
            addProblem(field, "(hidden)", "a secret must not be written in the descriptor",
                    "store it in SSM Parameter Store or Secrets Manager and write " + SSM_FORM + " or " + SECRET_FORM);
            return null;
        }
        checkFreeText(field, text, 512);
        return new Credential.Literal(text);
    }

    private String requestBody(HttpMethod method) {
        JsonNode node = descriptor.at("requestBody");
        if (node.isMissingNode()) {
            return method != null && method.sendsBody() ? "$" : null;
        }
        String path = text("requestBody", false);
        if (path == null) {
            return null;
        }
        if (method != null && !method.sendsBody()) {
            addProblem("requestBody", path, "a " + method + " request to the third party carries no body",
                    "remove 'requestBody', or use POST, PUT or PATCH");
            return null;
        }
        if (!BODY_PATH.matcher(path).matches() || path.length() > 256) {
            addProblem("requestBody", path, "not a supported JSONPath into the request body",
                    "write '$' for the whole body or '$.field' / '$.a.b' with names of letters, digits and _");
            return null;
        }
        return path;
    }

    private SortedMap<String, String> headers(Encoding encoding) {
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        JsonNode node = descriptor.at("headers");
        if (node.isMissingNode()) {
            return headers;
        }
        if (!node.isObject()) {
            addProblem("headers", node.toString(), "must be a mapping of header names to values",
                    "write 'headers:' then indented lines such as 'Accept: application/json'");
            return headers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String header = entry.getKey();
            String field = Descriptor.child("headers", header);
            if (!HttpTaskRules.TOKEN.matcher(header).matches() || header.contains("$")) {
                addKeyProblem(field, header, "not a valid header name here (a '$' would turn it into a path in the"
                        + " state machine)", "use letters, digits and hyphens");
            } else if (HttpTaskRules.forbidden(header)) {
                addKeyProblem(field, header, "the Step Functions HTTP Task may not set this header "
                        + "(the execution would fail with States.Runtime)",
                        header.toLowerCase(Locale.ROOT).contains("authorization")
                                ? "remove it; credentials belong in 'auth' (type API_KEY with header: " + header + ")"
                                : "remove it: the HTTP Task sets or refuses this header itself");
            } else if (encoding == Encoding.URL_ENCODED && header.equalsIgnoreCase("content-type")) {
                addKeyProblem(field, header, "with 'encoding: URL_ENCODED' the content-type is set for you",
                        "remove the content-type header");
            } else if (headers.containsKey(header)) {
                String first = headers.ceilingKey(header);
                addKeyProblem(field, header, "the header is set twice: names are case-insensitive and '" + first
                        + "' is set at line " + descriptor.keyOf(Descriptor.child("headers", first)).line(),
                        "keep one of them");
            } else if (!entry.getValue().isTextual()) {
                notAString(field, header, entry.getValue(), "a header value");
            } else if (!printableAscii(entry.getValue().asText())) {
                addProblem(field, entry.getValue().asText(), "a header value must be printable ASCII (HTTP clients"
                        + " refuse other characters)", "percent-encode or remove the other characters");
            } else if (checkFreeText(field, entry.getValue().asText(), 4096)) {
                headers.put(header, entry.getValue().asText());
            }
        }
        return headers;
    }

    private RetryPolicy retry() {
        JsonNode node = descriptor.at("retry");
        if (node.isMissingNode()) {
            return RetryPolicy.DEFAULT;
        }
        if (!node.isObject()) {
            addProblem("retry", node.asText(), "must be a mapping",
                    "write 'retry:' then indented 'maxAttempts: 2' (0 turns retries off), 'intervalSeconds',"
                            + " 'backoffRate', 'maxDelaySeconds'");
            return null;
        }
        rejectUnknownKeys("retry", RETRY_KEYS);
        RetryPolicy defaults = RetryPolicy.DEFAULT;
        int maxAttempts = integer("retry.maxAttempts", 0, 10, defaults.maxAttempts());
        int interval = integer("retry.intervalSeconds", 1, 10, defaults.intervalSeconds());
        BigDecimal backoff = decimal("retry.backoffRate", BigDecimal.ONE, BigDecimal.TEN, defaults.backoffRate());
        int maxDelay = integer("retry.maxDelaySeconds", 1, Integration.EXECUTION_TIMEOUT_SECONDS,
                Math.max(defaults.maxDelaySeconds(), interval));
        return new RetryPolicy(maxAttempts, interval, backoff, maxDelay);
    }

    // ---- field helpers -------------------------------------------------------------------------------------

    private void rejectUnknownKeys(String parent, List<String> known) {
        JsonNode node = parent.isEmpty() ? descriptor.root() : descriptor.at(parent);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String field = Descriptor.child(parent, key);
                addKeyProblem(field, key, "unknown key", suggestion(key, known,
                        "remove it; the keys allowed here are " + String.join(", ", known)));
            }
        }
    }

    private static String suggestion(String typed, List<String> known, String otherwise) {
        String closest = Suggestions.closest(typed, known);
        return closest == null ? otherwise : "did you mean '" + closest + "'?";
    }

    /** The text of a string field; null (with a problem when required) when missing or not a string. */
    private String text(String field, boolean required) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                addProblem(field, null, "missing", "add '" + leaf(field) + ":' with a value");
            }
            return null;
        }
        if (!node.isTextual()) {
            addProblem(field, node.toString(), "must be a string", "write a text value, quoted if needed");
            return null;
        }
        if (node.asText().isEmpty()) {
            addProblem(field, "", "must not be empty", "write a value or remove the key");
            return null;
        }
        return node.asText();
    }

    private String pattern(String field, Pattern pattern, int max, String defaultValue, String fix) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        String text = text(field, true);
        if (text != null && (!pattern.matcher(text).matches() || text.length() > max)) {
            addProblem(field, text, "not a valid " + leaf(field), fix);
            return null;
        }
        return text;
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode() && defaultValue != null) {
            return defaultValue;
        }
        String text = text(field, true);
        if (text == null) {
            return null;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
        if (names.contains(text)) {
            return Enum.valueOf(type, text);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String fix = names.contains(upper) ? "write it in capitals: '" + upper + "'"
                : suggestion(text, names, "use one of " + String.join(", ", names));
        addProblem(field, text, "not one of " + String.join(", ", names), fix);
        return null;
    }

    private int integer(String field, int min, int max, int defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (node.isTextual()) {
            addProblem(field, node.asText(), "must be a number, not text", "remove the quotes");
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            addProblem(field, node.asText(), "must be a whole number from " + min + " to " + max,
                    "write a number in that range, e.g. '" + leaf(field) + ": " + defaultValue + "'");
            return defaultValue;
        }
        return node.intValue();
    }

    private BigDecimal decimal(String field, BigDecimal min, BigDecimal max, BigDecimal defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (node.isTextual()) {
            addProblem(field, node.asText(), "must be a number, not text", "remove the quotes");
            return defaultValue;
        }
        if (!node.isNumber() || node.decimalValue().compareTo(min) < 0 || node.decimalValue().compareTo(max) > 0) {
            addProblem(field, node.asText(), "must be a number from " + min + " to " + max,
                    "write a number in that range, e.g. '" + leaf(field) + ": " + defaultValue + "'");
            return defaultValue;
        }
        return node.decimalValue().stripTrailingZeros();
    }

    /**
     * Text that lands in generated files as a value: it must not create a CloudFormation or
     * DefinitionSubstitutions reference ({@code ${...}}), a dynamic reference ({@code {{resolve:...}}}), or
     * break a header (control characters).
     */
    private boolean checkFreeText(String field, String text, int max) {
        if (text.length() > max) {
            addProblem(field, text, "longer than " + max + " characters", "shorten it");
        } else if (hasControlCharacters(text)) {
            addProblem(field, text, "control characters (such as newlines or tabs) are not allowed here",
                    "write the value on one line");
        } else if (text.contains("${")) {
            addProblem(field, text, "'${' would be read as a placeholder when the state machine is deployed",
                    "remove the '${'");
        } else if (text.contains("{{")) {
            addProblem(field, text, "'{{' would be read as a CloudFormation dynamic reference",
                    "for a secret write " + SSM_FORM + " or " + SECRET_FORM + "; otherwise remove the '{{'");
        } else {
            return true;
        }
        return false;
    }

    /** A scalar where a string belongs: YAML read {@code 5} or {@code true}; quoting keeps it as written. */
    private void notAString(String field, String key, JsonNode value, String what) {
        addProblem(field, value.asText(), what + " must be a string",
                "quote it: " + key + ": \"" + value.asText() + "\"");
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** HTTP clients refuse header values with other characters. */
    private static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private void addProblem(String field, String value, String problem, String fix) {
        boolean written = descriptor.values().containsKey(field) || descriptor.keys().containsKey(field);
        Location at = written ? descriptor.valueOf(field) : nearestExisting(field);
        problems.add(new Problem(at.line(), at.column(), field, value, problem, fix));
    }

    private void addKeyProblem(String field, String key, String problem, String fix) {
        Location at = descriptor.keyOf(field);
        problems.add(new Problem(at.line(), at.column(), field, key, problem, fix));
    }

    private void warn(String field, String value, String problem, String fix) {
        Location at = descriptor.valueOf(field);
        warnings.add(new Problem(at.line(), at.column(), field, value, problem, fix));
    }

    /** For a missing field, the location of its closest parent that exists. */
    private Location nearestExisting(String field) {
        String parent = field;
        while (parent.contains(".")) {
            parent = parent.substring(0, parent.lastIndexOf('.'));
            if (descriptor.keys().containsKey(parent)) {
                return descriptor.keyOf(parent);
            }
        }
        return Location.START;
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** The default name: the host's second-level label, e.g. 'twilio' for api.twilio.com. */
    static String defaultName(URI endpoint) {
        String[] labels = endpoint.getHost().toLowerCase(Locale.ROOT).split("\\.");
        String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        String name = label.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "api-" + name;
        }
        name = name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
        return NAME.matcher(name).matches() ? name : "integration";
    }
}
