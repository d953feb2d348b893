package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import io.github.samhttp.core.model.Endpoint;
import io.github.samhttp.core.model.RequestShaping;
import io.github.samhttp.core.model.ResponseShaping;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.model.Workflow;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a parsed descriptor field by field and turns it into an {@link Integration} with every default applied.
 * Collects all problems rather than stopping at the first, so one build shows everything to fix.
 */
public final class DescriptorValidator {

    static final List<String> TOP_KEYS = List.of("endpoint", "method", "auth", "name", "stage", "path",
            "requestBody", "encoding", "arrayFormat", "headers", "retry", "timeoutSeconds", "apiAuth", "tracing", "logLevel",
            "logRetentionDays", "tags", "endpointParameters", "query", "forwardQuery", "forwardHeaders", "responseBody", "errorStatus", "requestSchema", "trigger", "workflow");
    static final List<String> TRIGGER_TYPES = List.of("REST_API", "HTTP_API", "EVENTBRIDGE", "SCHEDULE");
    /** Keys that only mean something when an API request starts the workflow. */
    static final List<String> API_ONLY_KEYS = List.of("stage", "path", "apiAuth", "forwardQuery", "forwardHeaders",
            "requestSchema", "errorStatus");
    /** Keys that need the REST API's mapping templates and models. */
    static final List<String> REST_ONLY_KEYS = List.of("forwardQuery", "forwardHeaders", "requestSchema");
    private static final Pattern EVENT_BUS = Pattern.compile("[A-Za-z0-9._\\-/]{1,256}");
    private static final Pattern SCHEDULE_EXPRESSION = Pattern.compile(
            "rate\\([1-9][0-9]{0,5} (minute|minutes|hour|hours|day|days)\\)|cron\\([0-9A-Za-z*?,/#L W-]{9,100}\\)"
                    + "|at\\([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\)");
    private static final Pattern TIMEZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+/-]{0,49}");
    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}");
    static final List<String> BASIC_KEYS = List.of("type", "username", "password", "parameters");
    static final List<String> API_KEY_KEYS = List.of("type", "header", "value", "parameters");
    static final List<String> OAUTH_KEYS = List.of("type", "tokenEndpoint", "httpMethod", "clientId", "clientSecret",
            "scopes", "tokenParameters", "parameters");
    static final List<String> PARAMETER_KINDS = List.of("headers", "query", "body");
    static final List<String> AUTH_TYPES = List.of("BASIC", "API_KEY", "OAUTH_CLIENT_CREDENTIALS");
    private static final Pattern SCOPE = Pattern.compile("[!#-\\[\\]-~]{1,256}");
    static final List<String> RETRY_KEYS = List.of("maxAttempts", "intervalSeconds", "backoffRate", "maxDelaySeconds");

    static final int DEFAULT_TIMEOUT_SECONDS = 8;
    static final String DEFAULT_STAGE = "dev";

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int NAME_MAX = 40;
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern PATH = Pattern.compile("/|(/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9_]{0,63}}))+");
    /** Query parameter names: unreserved URL characters, so that no name needs encoding or escaping. */
    private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,128}");
    /** Forwarded header names: letters, digits and hyphens (also safe inside the request template). */
    private static final Pattern FORWARDED_HEADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,127}");
    private static final int MAX_FORWARDED = 20;
    private static final Pattern RESPONSE_PATH = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]{1,4}])*");
    /** Keywords that both API Gateway models (JSON Schema draft 4) and OpenAPI 3.0 schema objects take. */
    static final List<String> SCHEMA_KEYWORDS = List.of("type", "properties", "required", "items", "enum", "format",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
            "minItems", "maxItems", "uniqueItems", "additionalProperties", "minProperties", "maxProperties",
            "multipleOf", "allOf", "anyOf", "oneOf", "not", "title", "description", "default");
    private static final List<String> SCHEMA_TYPES = List.of("object", "array", "string", "number", "integer",
            "boolean");
    private static final List<String> SCHEMA_NUMBERS = List.of("minimum", "maximum", "minLength", "maxLength",
            "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf");
    private static final Pattern ERROR_KEY = Pattern.compile("[45][0-9]{2}|" + ResponseShaping.TIMEOUT);
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
        Trigger trigger = trigger();
        Workflow workflow = enumValue("workflow", Workflow.class, Workflow.EXPRESS);
        if (trigger != null) {
            triggerRules(trigger, workflow);
        }
        boolean sync = trigger == null || trigger.synchronous();
        Endpoint endpoint = endpoint();
        HttpMethod method = enumValue("method", HttpMethod.class, null);
        ConnectionAuth auth = auth();
        String name = pattern("name", NAME, NAME_MAX, endpoint == null ? "integration" : defaultName(endpoint),
                "use lowercase letters, digits and single hyphens, starting with a letter, at most 40 characters,"
                        + " e.g. 'twilio-sms'");
        String stage = pattern("stage", STAGE, 64, DEFAULT_STAGE,
                "use letters, digits and underscores, e.g. 'dev' or 'prod'");
        SortedMap<String, String> endpointParameters = endpointParameters();
        String path = pattern("path", PATH, PATH_MAX, defaultPath(name, endpoint, endpointParameters),
                "write a path such as '/sms' or '/users/{userId}': segments of letters, digits and . _ ~ -,"
                        + " or a {parameter}, separated by '/'");
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
        int executionLimit = sync ? Integration.EXECUTION_TIMEOUT_SECONDS : Integration.ASYNC_EXECUTION_TIMEOUT_SECONDS;
        int timeoutSeconds = integer("timeoutSeconds", 1, sync ? Integration.EXECUTION_TIMEOUT_SECONDS
                : Integration.ASYNC_CALL_TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS);
        // An HTTP API has no API keys: IAM is its safe default.
        ApiAuth apiAuth = enumValue("apiAuth", ApiAuth.class, trigger instanceof Trigger.HttpApi ? ApiAuth.IAM
                : ApiAuth.API_KEY);
        if (trigger instanceof Trigger.HttpApi && apiAuth == ApiAuth.API_KEY) {
            addProblem("apiAuth", "API_KEY", "an HTTP API has no API keys", "use IAM (the default for HTTP_API)"
                    + " or NONE, or 'trigger: REST_API'");
        }
        if (apiAuth == ApiAuth.NONE && sync) {
            warn("apiAuth", "NONE", "the endpoint is open to anyone on the internet, and every call reaches "
                    + descriptor.at("endpoint").asText() + " with your credentials",
                    "use API_KEY (the default) or IAM unless the endpoint must be public");
        }
        if (retry != null && timeoutSeconds * (retry.maxAttempts() + 1) + retry.worstCaseWaitSeconds()
                > executionLimit) {
            warn("timeoutSeconds", Integer.toString(timeoutSeconds), "with " + retry.maxAttempts()
                    + " retries the calls can take longer than the " + executionLimit
                    + "-second execution limit, so late attempts are cut off" + (sync ? " and answered 504" : ""),
                    "lower timeoutSeconds or retry.maxAttempts");
        }
        Operations operations = operations();
        ConnectionParameters parameters = connectionParameters();
        List<String> pathParameters = pathParameters(path, endpoint, endpointParameters);
        if (trigger != null && !(trigger instanceof Trigger.RestApi) && !pathParameters.isEmpty()) {
            addProblem("endpoint", descriptor.at("endpoint").asText(), "only a REST API fills an endpoint placeholder"
                    + " from the request path ({" + pathParameters.get(0) + "})", "fill it at deploy time with"
                    + " 'endpointParameters', or use 'trigger: REST_API'");
        }
        SortedMap<String, String> query = query();
        List<String> forwardQuery = names("forwardQuery", QUERY_NAME, false,
                "letters, digits and . _ ~ -, e.g. 'page'");
        List<String> forwardHeaders = names("forwardHeaders", FORWARDED_HEADER, true,
                "letters, digits and hyphens, e.g. 'Idempotency-Key'");
        forwardHeaders.stream().filter(h -> HttpTaskRules.forbidden(h) || headers.containsKey(h)).forEach(h ->
                addProblem("forwardHeaders." + forwardHeaders.indexOf(h), h, HttpTaskRules.forbidden(h)
                        ? "the Step Functions HTTP Task may not set this header"
                        : "the header is also set in 'headers': a caller could not change it anyway",
                        "remove it from 'forwardHeaders'"));
        forwardQuery.stream().filter(query::containsKey).forEach(q ->
                addProblem("forwardQuery." + forwardQuery.indexOf(q), q, "the parameter is also set in 'query',"
                        + " whose value would win", "remove it from 'forwardQuery' or from 'query'"));
        ObjectNode bodySchema = requestSchema(method);
        ResponseShaping response = new ResponseShaping(pattern("responseBody", RESPONSE_PATH, 256, "$",
                "write '$' for the whole body or a path such as '$.data' or '$.items[0].id'"), errorStatus());
        if (!problems.isEmpty()) {
            return null;
        }
        return new Integration(name, endpoint, method, auth, stage, path, requestBody, encoding, arrayFormat,
                headers, retry, timeoutSeconds, apiAuth, operations, parameters,
                new RequestShaping(pathParameters, endpointParameters, query, forwardQuery, forwardHeaders,
                        bodySchema),
                response, trigger, workflow);
    }

    private Endpoint endpoint() {
        String what = "the full HTTPS URL of the third-party API, e.g. "
                + "'https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json', with {name} for a part that"
                + " comes from the API path or from 'endpointParameters'";
        String text = text("endpoint", true);
        if (text == null) {
            return null;
        }
        Matcher placeholders = Endpoint.PLACEHOLDER.matcher(text);
        String plain = placeholders.replaceAll("p");
        if (plain.indexOf('{') >= 0 || plain.indexOf('}') >= 0) {
            addProblem("endpoint", text, "a '{' or '}' that is not a placeholder such as {userId}",
                    "write placeholders as {name} (letters, digits and _), or percent-encode the brace (%7B, %7D)");
            return null;
        }
        URI uri = url("endpoint", text, plain, what);
        if (uri == null) {
            return null;
        }
        int pathStart = text.indexOf('/', "https://".length());
        placeholders.reset();
        if (placeholders.find() && (pathStart < 0 || placeholders.start() < pathStart)) {
            addProblem("endpoint", text, "a placeholder in the host: IAM scopes the call by its host",
                    "use placeholders only in the path, after the host");
            return null;
        }
        return Endpoint.of(text, uri.getHost());
    }

    /** An https:// URL with a host and no query, fragment, user info or '*'. */
    private URI url(String field, String what) {
        String text = text(field, true);
        return text == null ? null : url(field, text, text, what);
    }

    /** As {@link #url(String, String)}, {@code plain} being the text with its placeholders replaced. */
    private URI url(String field, String text, String plain, String what) {
        String fixUrl = "write " + what;
        if (!text.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            addProblem(field, text, "the URL has spaces, control or non-ASCII characters",
                    "percent-encode them (a space is %20)");
            return null;
        }
        URI uri;
        try {
            uri = new URI(plain);
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
                List<String> scopes = scopes();
                ConnectionParameters tokenParameters = connectionParameters("auth.tokenParameters");
                tokenParameters.body().stream().filter(p -> p.key().equals("grant_type")
                        || p.key().equals("scope") && !scopes.isEmpty()).forEach(p -> addKeyProblem(
                        "auth.tokenParameters.body." + p.key(), p.key(), p.key().equals("scope")
                                ? "'scopes' already sets the scope" : "EventBridge sends grant_type=client_credentials",
                        "remove it"));
                return new ConnectionAuth.OAuthClientCredentials(tokenEndpoint, httpMethod,
                        credential("auth.clientId", false), credential("auth.clientSecret", true), scopes,
                        tokenParameters);
            default:
                addProblem("auth.type", type, "not a supported connection type",
                        suggestion(type, AUTH_TYPES, "use one of " + String.join(", ", AUTH_TYPES)));
                return null;
        }
    }

    /** {@code auth.parameters}: headers, query and body fields the connection sends on every call. */
    private ConnectionParameters connectionParameters() {
        return connectionParameters("auth.parameters");
    }

    /**
     * Headers, query and body fields under {@code field}: {@code auth.parameters} (every call) or
     * {@code auth.tokenParameters} (the OAuth token request).
     */
    private ConnectionParameters connectionParameters(String field) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return ConnectionParameters.NONE;
        }
        if (!node.isObject()) {
            addProblem(field, node.toString(), "must be a mapping",
                    "write '" + leaf(field) + ":' then indented 'headers:', 'query:' or 'body:' mappings");
            return ConnectionParameters.NONE;
        }
        rejectUnknownKeys(field, PARAMETER_KINDS);
        return new ConnectionParameters(parameters(field, "headers"), parameters(field, "query"),
                parameters(field, "body"));
    }

    /** Sorted by key, so that the order of keys in the descriptor never changes the output. */
    private static List<ConnectionParameters.Parameter> sorted(List<ConnectionParameters.Parameter> parameters) {
        parameters.sort(java.util.Comparator.comparing(ConnectionParameters.Parameter::key,
                String.CASE_INSENSITIVE_ORDER).thenComparing(ConnectionParameters.Parameter::key));
        return parameters;
    }

    private List<ConnectionParameters.Parameter> parameters(String group, String kind) {
        String parent = group + "." + kind;
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
        boolean tracing = bool("tracing", defaults.tracing());
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

    static String suggestion(String typed, List<String> known, String otherwise) {
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

    /** Endpoint placeholders filled at deploy time from SSM, through template parameters. */
    private SortedMap<String, String> endpointParameters() {
        SortedMap<String, String> parameters = new TreeMap<>();
        JsonNode node = descriptor.at("endpointParameters");
        if (node.isMissingNode()) {
            return parameters;
        }
        if (!node.isObject()) {
            addProblem("endpointParameters", node.asText(), "must be a mapping of placeholder names to SSM"
                    + " parameters", "write 'endpointParameters:' then indented lines such as"
                    + " 'AccountSid: ssm:/twilio/account_sid'");
            return parameters;
        }
        String endpoint = descriptor.at("endpoint").asText("");
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            String field = Descriptor.child("endpointParameters", name);
            if (!name.matches("[A-Za-z][A-Za-z0-9]{0,63}") || name.equals(RequestShaping.CONNECTION_ARN_SUBSTITUTION)) {
                addKeyProblem(field, name, name.equals(RequestShaping.CONNECTION_ARN_SUBSTITUTION)
                        ? "the name is taken by the generated template" : "not a valid parameter name (it names a"
                        + " template parameter)", "use letters and digits, starting with a letter, e.g. 'AccountSid'");
                continue;
            }
            if (!endpoint.contains("{" + name + "}")) {
                addKeyProblem(field, name, "the endpoint has no {" + name + "} placeholder",
                        "write {" + name + "} where the value goes in 'endpoint', or remove this line");
                continue;
            }
            if (!entry.getValue().isTextual()) {
                notAString(field, name, entry.getValue(), "an SSM reference");
                continue;
            }
            String value = entry.getValue().asText();
            Matcher ssm = SSM.matcher(value);
            if (!ssm.matches() || ssm.group(2) != null) {
                addProblem(field, value, "not an SSM parameter reference (the value is read at deploy time as a"
                        + " plain String parameter; secrets do not belong in a URL)",
                        "write ssm:/parameter-name (without a version)");
                continue;
            }
            parameters.put(name, ssm.group(1));
        }
        return parameters;
    }

    /** What starts the workflow: 'REST_API' (the default) or 'HTTP_API', or a mapping with its type. */
    private Trigger trigger() {
        JsonNode node = descriptor.at("trigger");
        if (node.isMissingNode()) {
            return new Trigger.RestApi();
        }
        String type = node.isObject() ? text("trigger.type", true) : text("trigger", true);
        if (type == null) {
            return null;
        }
        String field = node.isObject() ? "trigger.type" : "trigger";
        if (!TRIGGER_TYPES.contains(type)) {
            addProblem(field, type, "not one of " + String.join(", ", TRIGGER_TYPES),
                    suggestion(type, TRIGGER_TYPES, "use one of " + String.join(", ", TRIGGER_TYPES)));
            return null;
        }
        if (!node.isObject() && (type.equals("EVENTBRIDGE") || type.equals("SCHEDULE"))) {
            addProblem("trigger", type, "an " + type + " trigger needs its settings", type.equals("EVENTBRIDGE")
                    ? "write 'trigger:' then indented 'type: EVENTBRIDGE' and 'pattern: {source: [com.example]}'"
                    : "write 'trigger:' then indented 'type: SCHEDULE' and 'expression: rate(1 hour)'");
            return null;
        }
        switch (type) {
            case "REST_API":
                rejectUnknownKeys("trigger", List.of("type"));
                return new Trigger.RestApi();
            case "HTTP_API":
                rejectUnknownKeys("trigger", List.of("type"));
                return new Trigger.HttpApi();
            case "EVENTBRIDGE": {
                rejectUnknownKeys("trigger", List.of("type", "eventBus", "pattern", "deadLetterQueue"));
                String bus = pattern("trigger.eventBus", EVENT_BUS, 256, "default",
                        "write the event bus name, e.g. 'orders' (the account's bus is 'default')");
                JsonNode pattern = descriptor.at("trigger.pattern");
                if (pattern.isMissingNode()) {
                    addProblem("trigger.pattern", null, "missing: the rule needs an event pattern",
                            "add 'pattern: {source: [com.example.orders], detail-type: [OrderPlaced]}'");
                    return null;
                }
                if (!pattern.isObject() || pattern.isEmpty()) {
                    addProblem("trigger.pattern", pattern.toString(), "an event pattern is a non-empty mapping",
                            "write e.g. 'pattern: {source: [com.example.orders]}'");
                    return null;
                }
                if (!noReferences("trigger.pattern", pattern)) {
                    return null;
                }
                return new Trigger.EventBridge(bus, (ObjectNode) sortedKeys(pattern), bool("trigger.deadLetterQueue",
                        true));
            }
            default: {
                rejectUnknownKeys("trigger", List.of("type", "expression", "timezone", "input", "deadLetterQueue"));
                String expression = text("trigger.expression", true);
                if (expression != null && !SCHEDULE_EXPRESSION.matcher(expression).matches()) {
                    addProblem("trigger.expression", expression, "not a schedule expression",
                            "write 'rate(5 minutes)', 'cron(0 12 * * ? *)' or 'at(2030-01-01T09:00:00)'");
                }
                String timezone = descriptor.at("trigger.timezone").isMissingNode() ? null
                        : pattern("trigger.timezone", TIMEZONE, 50, null, "write an IANA time zone, e.g. 'Europe/Paris'");
                JsonNode input = descriptor.at("trigger.input");
                if (input.isMissingNode()) {
                    input = descriptor.root().objectNode();
                } else if (!input.isObject()) {
                    addProblem("trigger.input", input.toString(), "the execution input must be a mapping",
                            "write e.g. 'input: {report: daily}'");
                } else {
                    noReferences("trigger.input", input);
                }
                return new Trigger.Schedule(expression, timezone, sortedKeys(input), bool("trigger.deadLetterQueue",
                        true));
            }
        }
    }

    /** What an event trigger, an HTTP API and STANDARD rule out. */
    private void triggerRules(Trigger trigger, Workflow workflow) {
        if (trigger instanceof Trigger.HttpApi) {
            warn(descriptor.at("trigger").isObject() ? "trigger.type" : "trigger", "HTTP_API", "an HTTP API cannot"
                    + " rewrite answers: every call gets 200 with StartSyncExecution's result (read its 'status',"
                    + " then 'output' or 'error'), also when the third party failed or timed out",
                    "use REST_API (the default) to answer with the third party's status codes");
        }
        if (workflow == Workflow.STANDARD && trigger.synchronous()) {
            addProblem("workflow", "STANDARD", "a STANDARD workflow cannot answer an API request (API Gateway waits"
                    + " for StartSyncExecution, which runs EXPRESS workflows only)",
                    "remove 'workflow', or start the workflow from an EVENTBRIDGE or SCHEDULE trigger");
        }
        List<String> ruledOut = trigger.synchronous() ? trigger instanceof Trigger.HttpApi ? REST_ONLY_KEYS
                : List.of() : API_ONLY_KEYS;
        for (String key : ruledOut) {
            if (!descriptor.at(key).isMissingNode()) {
                addKeyProblem(key, key, trigger instanceof Trigger.HttpApi ? "an HTTP API has no mapping templates"
                        + " or models to do this" : "an " + trigger.type() + " trigger has no API request",
                        "remove it" + (trigger instanceof Trigger.HttpApi ? ", or use 'trigger: REST_API'" : ""));
            }
        }
    }

    /** A boolean field. */
    private boolean bool(String field, boolean defaultValue) {
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            addProblem(field, node.asText(), "must be true or false", "write '" + leaf(field) + ": " + !defaultValue
                    + "'");
            return defaultValue;
        }
        return node.asBoolean();
    }

    /** No '${' or '{{' anywhere in the text of a tree that goes into the template as it is. */
    private boolean noReferences(String field, JsonNode node) {
        if (node.isTextual() && (node.asText().contains("${") || node.asText().contains("{{"))) {
            addProblem(field, node.asText(), "'${' and '{{' would be read as references by CloudFormation",
                    "remove them");
            return false;
        }
        boolean ok = true;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                ok &= noReferences(field + "." + entry.getKey(), entry.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ok &= noReferences(field + "." + i, node.get(i));
            }
        }
        return ok;
    }

    /** The default API path: '/name', then one '{p}' segment per endpoint placeholder filled per request. */
    private static String defaultPath(String name, Endpoint endpoint, SortedMap<String, String> endpointParameters) {
        StringBuilder path = new StringBuilder("/").append(name == null ? "integration" : name);
        if (endpoint != null) {
            endpoint.placeholders().stream().distinct().filter(p -> !endpointParameters.containsKey(p))
                    .forEach(p -> path.append("/{").append(p).append('}'));
        }
        return path.toString();
    }

    /** The API path's parameters; each must fill an endpoint placeholder, and every placeholder must be filled. */
    private List<String> pathParameters(String path, Endpoint endpoint, SortedMap<String, String> endpointParameters) {
        List<String> names = new java.util.ArrayList<>();
        if (path == null || endpoint == null) {
            return names;
        }
        Matcher matcher = Endpoint.PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (names.contains(name)) {
                addProblem("path", path, "the parameter {" + name + "} appears twice", "give each parameter its own name");
            } else if (endpointParameters.containsKey(name)) {
                addProblem("path", path, "{" + name + "} is also in 'endpointParameters'",
                        "rename the path parameter, or remove the line from 'endpointParameters'");
            } else if (!endpoint.placeholders().contains(name)) {
                addProblem("path", path, "the path parameter {" + name + "} is not used in the endpoint",
                        "write {" + name + "} where it goes in 'endpoint', or remove it from the path");
            }
            names.add(name);
        }
        for (String placeholder : endpoint.placeholders()) {
            if (!names.contains(placeholder) && !endpointParameters.containsKey(placeholder)) {
                addProblem("endpoint", endpoint.text(), "nothing fills the placeholder {" + placeholder + "}",
                        "add {" + placeholder + "} to 'path' (from the API request), or 'endpointParameters: {"
                                + placeholder + ": ssm:/name}' (at deploy time)");
            }
        }
        return names;
    }

    /**
     * The request body's JSON Schema: a mapping of the keywords that API Gateway models (draft 4) and OpenAPI 3.0
     * schema objects share, checked all the way down; no references, so the schema stands on its own.
     */
    private ObjectNode requestSchema(HttpMethod method) {
        JsonNode node = descriptor.at("requestSchema");
        if (node.isMissingNode()) {
            return null;
        }
        if (method != null && !method.sendsBody()) {
            addProblem("requestSchema", method.name(), "a " + method + " request has no body to validate",
                    "remove 'requestSchema', or use POST, PUT or PATCH");
            return null;
        }
        int before = problems.size();
        schema("requestSchema", node);
        return problems.size() == before ? (ObjectNode) sortedKeys(node) : null;
    }

    private void schema(String field, JsonNode node) {
        if (!node.isObject()) {
            addProblem(field, node.toString(), "a schema must be a mapping of JSON Schema keywords",
                    "write e.g. '{type: object, required: [to], properties: {to: {type: string}}}'");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String keyword = entry.getKey();
            String child = field + "." + keyword;
            JsonNode value = entry.getValue();
            if (!SCHEMA_KEYWORDS.contains(keyword)) {
                addKeyProblem(child, keyword, "not a JSON Schema keyword API Gateway models take (no $ref or $schema:"
                        + " the schema stands on its own)", suggestion(keyword, SCHEMA_KEYWORDS,
                        "use " + String.join(", ", SCHEMA_KEYWORDS)));
            } else if (keyword.equals("type") && !(value.isTextual() && SCHEMA_TYPES.contains(value.asText()))) {
                addProblem(child, value.isTextual() ? value.asText() : value.toString(), "not one type of "
                        + String.join(", ", SCHEMA_TYPES), "write one type, e.g. 'type: object'");
            } else if (keyword.equals("properties")) {
                if (!value.isObject()) {
                    addProblem(child, value.toString(), "must map property names to schemas",
                            "write 'properties: {name: {type: string}}'");
                } else {
                    value.fields().forEachRemaining(p -> {
                        if (p.getKey().contains(".")) {
                            addKeyProblem(child + "." + p.getKey(), p.getKey(), "a property name with '.' is not"
                                    + " supported here", "rename the property");
                        } else {
                            schema(child + "." + p.getKey(), p.getValue());
                        }
                    });
                }
            } else if (List.of("items", "not").contains(keyword)
                    || keyword.equals("additionalProperties") && !value.isBoolean()) {
                schema(child, value);
            } else if (List.of("allOf", "anyOf", "oneOf").contains(keyword)) {
                if (!value.isArray() || value.isEmpty()) {
                    addProblem(child, value.toString(), "must be a non-empty list of schemas", "write a list");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        schema(child + "." + i, value.get(i));
                    }
                }
            } else if (List.of("required", "enum").contains(keyword) && (!value.isArray() || value.isEmpty()
                    || keyword.equals("required") && !allText(value))) {
                addProblem(child, value.toString(), "must be a non-empty list" + (keyword.equals("required")
                        ? " of property names" : ""), "write e.g. '" + keyword + ": [a, b]'");
            } else if (List.of("exclusiveMinimum", "exclusiveMaximum", "uniqueItems").contains(keyword)
                    && !value.isBoolean()) {
                addProblem(child, value.toString(), "must be true or false (draft 4)", "write '" + keyword + ": true'");
            } else if (SCHEMA_NUMBERS.contains(keyword) && !value.isNumber()) {
                addProblem(child, value.toString(), "must be a number", "write e.g. '" + keyword + ": 1'");
            } else if (List.of("pattern", "format", "title", "description").contains(keyword) && !value.isTextual()) {
                notAString(child, keyword, value, "a " + keyword);
            } else if (keyword.equals("pattern") && !validRegex(value.asText())) {
                addProblem(child, value.asText(), "not a regular expression (unbalanced bracket or parenthesis?)",
                        "write a regular expression such as '^[a-z]+$'");
            } else if (value.isTextual()) {
                noReferences(child, value);
            }
        }
    }

    /** A copy with the keys of every object sorted: the output must not depend on the descriptor's key order. */
    private static JsonNode sortedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = ((ObjectNode) node).objectNode();
            new TreeMap<String, JsonNode>(((ObjectNode) node).properties().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).forEach((k, v) -> sorted.set(k,
                    sortedKeys(v)));
            return sorted;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = ((com.fasterxml.jackson.databind.node.ArrayNode) node)
                    .arrayNode();
            node.forEach(item -> copy.add(sortedKeys(item)));
            return copy;
        }
        return node.deepCopy();
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validRegex(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    /** API statuses for third-party error statuses and for a timeout. */
    private SortedMap<String, Integer> errorStatus() {
        SortedMap<String, Integer> statuses = new TreeMap<>();
        JsonNode node = descriptor.at("errorStatus");
        if (node.isMissingNode()) {
            return statuses;
        }
        if (!node.isObject()) {
            addProblem("errorStatus", node.toString(), "must be a mapping of third-party statuses to API statuses",
                    "write 'errorStatus:' then indented lines such as '\"402\": 400' or 'timeout: 503'");
            return statuses;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = Descriptor.child("errorStatus", entry.getKey());
            if (!ERROR_KEY.matcher(entry.getKey()).matches()) {
                addKeyProblem(field, entry.getKey(), "not a third-party error status (400 to 599) or 'timeout'",
                        "write a status such as \"404\" (quoted) or 'timeout'");
            } else if (!entry.getValue().isIntegralNumber() || !entry.getValue().canConvertToInt()
                    || entry.getValue().intValue() < 400 || entry.getValue().intValue() > 599) {
                addProblem(field, entry.getValue().isTextual() ? entry.getValue().asText() : entry.getValue().toString(),
                        "the API status must be a whole number from 400 to 599 (an error stays an error)",
                        "write e.g. '" + (entry.getKey().equals(ResponseShaping.TIMEOUT) ? "timeout" : "\"" + entry.getKey()
                                + "\"") + ": 503'");
            } else {
                statuses.put(entry.getKey(), entry.getValue().intValue());
            }
        }
        return statuses;
    }

    /** Static query parameters: a mapping of names to string values. */
    private SortedMap<String, String> query() {
        SortedMap<String, String> query = new TreeMap<>();
        JsonNode node = descriptor.at("query");
        if (node.isMissingNode()) {
            return query;
        }
        if (!node.isObject()) {
            addProblem("query", node.asText(), "must be a mapping of parameter names to values",
                    "write 'query:' then indented lines such as 'limit: \"10\"'");
            return query;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = Descriptor.child("query", entry.getKey());
            if (!QUERY_NAME.matcher(entry.getKey()).matches()) {
                addKeyProblem(field, entry.getKey(), "not a query parameter name this plugin accepts",
                        "use letters, digits and . _ ~ -");
            } else if (!entry.getValue().isTextual()) {
                notAString(field, entry.getKey(), entry.getValue(), "a query value");
            } else if (checkFreeText(field, entry.getValue().asText(), 1024)) {
                query.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return query;
    }

    /** A list of distinct names, each matching {@code pattern}; case-insensitively distinct for headers. */
    private List<String> names(String field, Pattern pattern, boolean caseInsensitive, String form) {
        List<String> names = new java.util.ArrayList<>();
        JsonNode node = descriptor.at(field);
        if (node.isMissingNode()) {
            return names;
        }
        if (!node.isArray()) {
            addProblem(field, node.asText(), "must be a list of names", "write '" + field + ": [name, other]'");
            return names;
        }
        if (node.size() > MAX_FORWARDED) {
            addProblem(field, node.size() + " names", "more than the " + MAX_FORWARDED + " names this plugin"
                    + " forwards", "keep at most " + MAX_FORWARDED);
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String name = item.isTextual() ? item.asText() : null;
            if (name == null || !pattern.matcher(name).matches()) {
                addProblem(field + "." + i, item.asText(), "not a name this plugin forwards", "use " + form);
            } else if (names.stream().anyMatch(n -> caseInsensitive ? n.equalsIgnoreCase(name) : n.equals(name))) {
                addProblem(field + "." + i, name, "listed twice", "keep one");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** The default name: the host's second-level label, e.g. 'twilio' for api.twilio.com. */
    static String defaultName(Endpoint endpoint) {
        String[] labels = endpoint.host().toLowerCase(Locale.ROOT).split("\\.");
        String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        String name = label.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "api-" + name;
        }
        name = name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
        return NAME.matcher(name).matches() ? name : "integration";
    }
}
