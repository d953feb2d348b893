package io.github.samhttp.core.shape;

import io.github.samhttp.core.aws.CloudWatchLogs;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.ArrayFormat;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.model.ServiceSettings;
import io.github.samhttp.core.model.Operations;
import io.github.samhttp.core.model.Workflow;
import io.github.samhttp.core.shape.Key.Place;
import io.github.samhttp.core.shape.Shape.Choice;
import io.github.samhttp.core.shape.Shape.Entries;
import io.github.samhttp.core.shape.Shape.Fields;
import io.github.samhttp.core.shape.Shape.Flag;
import io.github.samhttp.core.shape.Shape.Items;
import io.github.samhttp.core.shape.Shape.Json;
import io.github.samhttp.core.shape.Shape.Reference;
import io.github.samhttp.core.shape.Shape.Text;
import io.github.samhttp.core.shape.Shape.Variants;
import io.github.samhttp.core.shape.Shape.Whole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every key of the integration descriptor, declared once: its shape, whether it is required, its default, where
 * it may stand and what it means. The validator's shape check, its typo suggestions, the README's reference table
 * and the JSON Schema are all derived from this declaration; the rules add only what crosses fields.
 */
public final class DescriptorShape {

    /** Names of integrations, connections and the service: they name files and logical IDs. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final int NAME_MAX = 40;
    public static final String NAME_FORM = "lowercase letters, digits and single hyphens, starting with a letter, at"
            + " most 40 characters, e.g. 'twilio-sms'";
    /** JSONPath into the API request body: dotted names or bracketed quoted names. */
    public static final Pattern BODY_PATH = Pattern.compile(
            "\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\['[^'\\\\\\p{Cntrl}]{1,128}'])*");
    /** JSONPath into the third-party answer: as {@link #BODY_PATH}, and list indexes. */
    public static final Pattern RESPONSE_PATH = Pattern.compile(
            "\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\['[^'\\\\\\p{Cntrl}]{1,128}']|\\[[0-9]{1,4}])*");
    /** API Gateway's default quotas: 300 resources per REST API, 300 routes per HTTP API. */
    public static final int MAX_INTEGRATIONS = io.github.samhttp.core.aws.PlatformLimits.HTTP_API_ROUTES;
    static final String WHY_MAX_INTEGRATIONS = "API Gateway's default quotas: 300 routes per HTTP API, and 300"
            + " resources per REST API, which 300 routes already reach";
    /** Header names the rules accept: RFC 9110 token characters, without '$' (the ASL would read a path). */
    public static final Pattern HEADER_NAME = Pattern.compile("[!#%&'*+.^_`|~0-9A-Za-z-]+");
    private static final String HEADER_FORM = "letters, digits and hyphens, e.g. 'Accept'";
    /** A header name an API request may carry and API Gateway can declare: letters, digits and hyphens. */
    static final Pattern REQUEST_HEADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    /**
     * Names of static query parameters: what URLs and the HTTP Task carry without ambiguity, brackets included
     * ({@code filter[status]}, JSON:API) and '$' ({@code $filter}, OData).
     */
    public static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.~\\[\\]:$,!*'()@-]+");
    private static final String QUERY_FORM = "letters, digits and _ . ~ - [ ] : $ , ! * ' ( ) @, e.g. 'page' or"
            + " 'filter[status]'";

    private static final Set<Place> TOP = EnumSet.of(Place.SINGLE, Place.INTEGRATION);
    private static final Set<Place> SERVICE_WIDE = EnumSet.of(Place.SINGLE, Place.SERVICE);
    private static final Set<Place> NESTED = EnumSet.noneOf(Place.class);

    /** The connection parameters' groups: each a mapping of names to plain values or references. */
    private static final Fields PARAMETERS = new Fields(
            key("headers", new Entries(HEADER_NAME, HEADER_FORM, 128, new Reference(false), 50), false, null, NESTED,
                    "Headers, e.g. `{x-tenant: acme}`."),
            key("query", new Entries(null, "a query parameter name", 512, new Reference(false), 50), false, null, NESTED,
                    "Query parameters."),
            key("body", new Entries(null, "a body field name", 512, new Reference(false), 50), false, null, NESTED,
                    "Body fields."));

    private static final Key AUTH_PARAMETERS = key("parameters", PARAMETERS, false, "none", NESTED,
            "Sent by the connection on every call, over the state machine's values: `headers`, `query`, `body`, each"
                    + " a mapping of names to plain values or references (a reference is marked secret), e.g."
                    + " `parameters: {query: {api-version: \"2024-06-01\"}}`.");

    private static final Map<String, Fields> AUTH_VARIANTS = new LinkedHashMap<>();

    static {
        Key type = key("type", new Choice("BASIC", "API_KEY", "OAUTH_CLIENT_CREDENTIALS"), true, null, NESTED,
                "`BASIC` (with `username`, `password`), `API_KEY` (with `header`, `value`) or"
                        + " `OAUTH_CLIENT_CREDENTIALS` (with `tokenEndpoint`, `clientId`, `clientSecret`).");
        AUTH_VARIANTS.put("BASIC", new Fields(type,
                key("username", new Reference(false), true, null, NESTED,
                        "A reference (below) or a plain value (a user name is not secret)."),
                key("password", new Reference(true), true, null, NESTED,
                        "A reference. A literal secret is rejected."),
                AUTH_PARAMETERS, ConnectionKeys.KMS_KEY, ConnectionKeys.PRIVATE_ENDPOINT));
        AUTH_VARIANTS.put("API_KEY", new Fields(type,
                key("header", new Text(128, Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+"),
                        "letters, digits and hyphens, e.g. 'x-api-key' or 'Authorization'"), true, null, NESTED,
                        "The header the key travels in, e.g. `x-api-key` or `Authorization`."),
                key("value", new Reference(true), true, null, NESTED, "A reference. A literal secret is rejected."),
                AUTH_PARAMETERS, ConnectionKeys.KMS_KEY, ConnectionKeys.PRIVATE_ENDPOINT));
        AUTH_VARIANTS.put("OAUTH_CLIENT_CREDENTIALS", new Fields(type,
                key("tokenEndpoint", new Text(2048), true, null, NESTED,
                        "The token URL (`https://` only), e.g. `https://auth.example.com/oauth/token?tenant=acme`."
                                + " EventBridge fetches and refreshes the token; `tokenParameters` adds to the request."),
                key("httpMethod", new Choice("GET", "POST", "PUT"), false, "`POST`", NESTED,
                        "The token request's method: `GET`, `POST` or `PUT`."),
                key("clientId", new Reference(false), true, null, NESTED, "A reference or a plain value."),
                key("clientSecret", new Reference(true), true, null, NESTED,
                        "A reference. A literal secret is rejected."),
                key("scopes", new Items(new Text(256, Pattern.compile("[!#-\\[\\]-~]+"),
                        "printable ASCII without spaces, quotes or backslashes, e.g. 'contacts.write'"), 50), false,
                        "none", NESTED, "A list, sent as the token request's `scope` parameter, e.g."
                                + " `[contacts.write, contacts.read]`."),
                key("tokenParameters", PARAMETERS, false, "none", NESTED,
                        "Extra parameters of the OAuth token request: `headers`, `query`, `body`, each a mapping of"
                                + " names to plain values or references, e.g. `tokenParameters: {body: {audience:"
                                + " https://api.example.com}}` (`grant_type`, and `scope` with `scopes`, are set for"
                                + " you)."),
                AUTH_PARAMETERS, ConnectionKeys.KMS_KEY, ConnectionKeys.PRIVATE_ENDPOINT));
    }

    private static final Variants AUTH_SHAPE = new Variants("type", AUTH_VARIANTS, false);

    private static final Key TRIGGER_TYPE = key("type", new Choice("REST_API", "HTTP_API", "EVENTBRIDGE", "SCHEDULE"),
            true, null, NESTED, "`REST_API`, `HTTP_API`, `EVENTBRIDGE` or `SCHEDULE`.");
    private static final Key DEAD_LETTER_QUEUE = key("deadLetterQueue", new Flag(), false, "`true`", NESTED,
            "Events or starts that EventBridge fails to deliver (after a day of retries) are kept in an SQS queue.");

    private static final Variants TRIGGER = new Variants("type", orderedMap(
            "REST_API", new Fields(TRIGGER_TYPE),
            "HTTP_API", new Fields(TRIGGER_TYPE),
            "EVENTBRIDGE", new Fields(TRIGGER_TYPE,
                    key("eventBus", new Text(256, Pattern.compile("[A-Za-z0-9._\\-/]+"),
                            "the event bus name, e.g. 'orders' (the account's bus is 'default')"), false,
                            "`default`", NESTED, "The bus the rule listens on; it must exist."),
                    key("pattern", new Json("an event pattern"), true, null, NESTED,
                            "The event pattern, e.g. `{source: [com.example.orders], detail-type: [OrderPlaced]}`;"
                                    + " each matching event is the execution input."),
                    DEAD_LETTER_QUEUE),
            "SCHEDULE", new Fields(TRIGGER_TYPE,
                    key("expression", new Text(256), true, null, NESTED,
                            "When to start, as EventBridge Scheduler takes it, e.g. `rate(1 hour)`: `rate(5 minutes)`,"
                                    + " `cron(0 12 * * ? *)` (six fields, `?` in day-of-month or day-of-week) or"
                                    + " `at(2030-01-01T09:00:00)`."),
                    key("timezone", new Text(64), false, "`UTC`", NESTED,
                            "The time zone of a `cron` or `at` expression, from the tz database, e.g. `Europe/Paris`."),
                    key("input", new Json("the execution input"), false, "`{}`", NESTED,
                            "The constant execution input, a mapping."),
                    DEAD_LETTER_QUEUE)), true);

    /** The keys that describe one integration, in the order the README lists them. */
    private static final List<Key> INTEGRATION_KEYS = List.of(
            key("endpoint", new Text(2048), true, null, TOP,
                    "The third-party URL. `https://` only; no query string, fragment, user info or `*`. `{name}` in the"
                            + " path is a placeholder, filled per request from the API path parameter `{name}`, or at"
                            + " deploy time from `endpointParameters`, e.g."
                            + " `https://api.github.com/repos/{Org}/{repo}/issues`."),
            key("method", choice(HttpMethod.class), true, null, TOP,
                    "`GET`, `POST`, `PUT`, `DELETE`, `PATCH`, `OPTIONS` or `HEAD` (capitals)."),
            key("auth", AUTH_SHAPE, true, null, TOP,
                    "The connection's credentials, chosen by `type` (below); with `integrations:`, or `connection:`"
                            + " naming an entry of `connections:`."),
            key("path", new Text(256, Pattern.compile("/|(/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9_]{0,63}}))+"),
                    "a path such as '/sms' or '/users/{userId}': segments of letters, digits and . _ ~ -, or a"
                            + " {parameter}, separated by '/'"), false,
                    "`/<name>`, then `/{p}` for each endpoint placeholder filled per request", TOP,
                    "API Gateway path, e.g. `/sms` or `/repos/{repo}/issues`. Each `{p}` must fill the endpoint"
                            + " placeholder of that name. Its value reaches the third party encoded exactly once (a"
                            + " `/` cannot add a segment), and `.` or `..` is answered 400. IAM still allows only the"
                            + " endpoint with `*` for each such placeholder."),
            key("endpointParameters", new Entries(Pattern.compile("[A-Za-z][A-Za-z0-9]*"),
                    "letters and digits, starting with a letter, e.g. 'AccountSid'", 64, new Text(2100), 20), false, "none", TOP,
                    "Placeholders filled at deploy time from SSM String parameters, e.g."
                            + " `{AccountSid: ssm:/twilio/account_sid}`: each becomes a template parameter"
                            + " `Endpoint<Name>` of type `AWS::SSM::Parameter::Value<String>` (override it with"
                            + " `sam deploy --parameter-overrides`) passed through `DefinitionSubstitutions`; the IAM"
                            + " condition names the resolved value. The value must be URL-safe text (no `'`, `{`,"
                            + " `}`)."),
            key("query", new Entries(QUERY_NAME, QUERY_FORM, 128, new Text(1024), 50), false, "none", TOP,
                    "Static query parameters sent on every call, e.g. `query: {per_page: \"50\", filter[status]:"
                            + " open}` (values are strings; names may use brackets). Credentials are refused here:"
                            + " they belong in `auth`."),
            key("forwardQuery", new Items(new Text(128, Pattern.compile("[A-Za-z0-9_.~-]+"), "letters, digits and"
                    + " . _ ~ -, e.g. 'page' (API Gateway declares each as a request parameter)"), 20), false, "none",
                    TOP,
                    "Query parameters copied from the API request when present, e.g. `[state, page]`. A static"
                            + " `query` value of the same name is rejected (it would win)."),
            key("forwardHeaders", new Items(new Text(128, REQUEST_HEADER,
                    "letters, digits and hyphens, e.g. 'Idempotency-Key'"), 20), false, "none", TOP,
                    "Headers copied from the API request when present (matched case-insensitively), e.g."
                            + " `[Idempotency-Key, X-Request-Id]`; static `headers` and forbidden headers are"
                            + " rejected."),
            key("requestBody", new Text(256, BODY_PATH, "'$' for the whole body, or '$.field', '$.a.b' or"
                    + " \"$['order-data']\""), false, "`$` for POST/PUT/PATCH, none otherwise", TOP,
                    "JSONPath into the API request body that is sent to the third party, e.g. `$.sendsms` or"
                            + " `$['order-data']`. A request without that part is answered 400."),
            key("encoding", choice(Encoding.class), false, "`JSON`", TOP,
                    "`URL_ENCODED` form-encodes the body and sets `content-type: application/x-www-form-urlencoded`"
                            + " (Twilio)."),
            key("arrayFormat", choice(ArrayFormat.class), false, "`INDICES`", TOP,
                    "With `URL_ENCODED`, how arrays are written: `INDICES` (`a[0]=x&a[1]=y`), `REPEAT` (`a=x&a=y`,"
                            + " e.g. Twilio's `MediaUrl`), `COMMAS` (`a=x,y`), `BRACKETS` (`a[]=x&a[]=y`)."),
            key("headers", new Entries(HEADER_NAME, HEADER_FORM, 128, new Text(4096), 50), false, "none", TOP,
                    "Static headers, `Name: \"value\"` (values are strings: quote numbers). Headers the HTTP Task"
                            + " forbids (`Authorization`, `Host`, `X-Amz-*`, ...) are rejected, and so are credentials,"
                            + " `${`, `{{` and control characters in values."),
            key("requestSchema", new Shape.Schema(), false, "none", TOP,
                    "A JSON Schema (draft 4 keywords that OpenAPI 3.0 shares; no `$ref`) the request body must"
                            + " match, e.g. `{type: object, required: [amount], properties: {amount: {type: integer,"
                            + " minimum: 50}}}`. It becomes an API Gateway model and body validator: a body that does"
                            + " not match is answered 400 `{\"error\": \"BadRequestBody\", ...}` before any state"
                            + " machine runs (API Gateway's own detail is left out: gateway responses cannot escape it"
                            + " for JSON). `sam-http:invoke` validates the same way. POST, PUT and PATCH only."),
            key("responseBody", new Text(256, RESPONSE_PATH, "'$' for the whole body or a path such as '$.data' or"
                    + " '$.items[0].id'"), false, "`$`", TOP,
                    "JSONPath into the third-party response body: the part the API returns, e.g. `$.data` or"
                            + " `$.items[0]`. An answer without that part is a 502 (`SamHttp.BadResponse`)."),
            key("errorStatus", new Entries(Pattern.compile("[45][0-9]{2}|timeout"),
                    "a third-party error status (\"400\" to \"599\", quoted) or 'timeout'", 7,
                    new Whole(400, 599, null), 201), false, "none", TOP,
                    "The API status for a third-party error status (after retries) or for `timeout`, e.g."
                            + " `{\"503\": 503, timeout: 503}` (instead of 502 and 504). Values 400 to 599; the body"
                            + " stays `{\"error\", \"cause\"}`."));

    /** Settings of the whole service: at the top of either form, never per integration. */
    private static final List<Key> SERVICE_KEYS = List.of(
            key("stage", new Text(64, Pattern.compile("[A-Za-z0-9_]+"), "letters, digits and underscores, e.g."
                    + " 'dev' or 'prod'"), false, code(ServiceSettings.DEFAULT_STAGE), SERVICE_WIDE, "API Gateway stage."),
            key("apiAuth", choice(ApiAuth.class), false, "`API_KEY` (`IAM` for `HTTP_API`)",
                    SERVICE_WIDE, "`API_KEY` (key + usage plan with throttling), `IAM` (SigV4), or `NONE` (open: the"
                            + " build warns)."),
            key("trigger", TRIGGER, false, "`REST_API`", SERVICE_WIDE,
                    "What starts the workflow. `REST_API`: API Gateway REST API, answers with the third party's status"
                            + " and body (everything in this table works). `HTTP_API`: an HTTP API (v2) with the"
                            + " `StepFunctions-StartSyncExecution` integration; cheaper, but it cannot rewrite answers,"
                            + " so every call gets 200 with StartSyncExecution's result (`status`, then `output` or"
                            + " `error`/`cause`; the build warns); IAM auth by default, no API keys, no `requestSchema`,"
                            + " forwarding or path parameters. `EVENTBRIDGE`: an EventBridge rule; each matching event"
                            + " is the execution input (`requestBody: $.detail.x` picks a part), started"
                            + " asynchronously. `SCHEDULE`: an EventBridge Scheduler schedule with a constant input."
                            + " Event triggers have no API: `stage`, `path`, `apiAuth`, `errorStatus`, `requestSchema`"
                            + " and forwarding are rejected; `timeoutSeconds` may go to 60 and the execution to 300 s."
                            + " Only `REST_API` and `HTTP_API` take the short form `trigger: HTTP_API`."),
            key("tracing", new Flag(), false, "`false`", SERVICE_WIDE,
                    "`true` turns on X-Ray for the API and the state machine (with the X-Ray write actions, which AWS"
                            + " grants only on `*`)."),
            key("tags", new Entries(Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]+"), "letters, digits, spaces and"
                    + " _ . : / = + - @, not starting with 'aws:'", 128, new Text(256, Pattern.compile(
                    "[\\p{L}\\p{Z}\\p{N}_.:/=+@-]*"), "letters, digits, spaces and _ . : / = + - @ (what AWS takes in a tag"
                    + " value)"), 40), false, "none", SERVICE_WIDE,
                    "Tags on the state machine, the API and the log group, e.g. `tags: {team: crm, cost-center:"
                            + " \"4711\"}` (at most 40)."));

    /** Keys of the five-line form only, or of every integration but set per integration in neither form. */
    private static final List<Key> OPERATION_KEYS = List.of(
            key("workflow", choice(Workflow.class), false, "`EXPRESS`", EnumSet.of(Place.SINGLE),
                    "`STANDARD` (exactly-once, a year of runtime, full history) for `EVENTBRIDGE` and `SCHEDULE`"
                            + " triggers only: an API waits on StartSyncExecution, which runs EXPRESS workflows only."),
            key("logLevel", new Choice(CloudWatchLogs.LOG_LEVELS), false, code(Operations.DEFAULT.logLevel()), TOP,
                    "The state machine's log level: `ALL`, `ERROR`, `FATAL` or `OFF`. Execution data (request"
                            + " bodies) is never logged."),
            key("logRetentionDays", new Whole(1, 3653, "days"), false, code(Operations.DEFAULT.logRetentionDays()), TOP,
                    "Days CloudWatch keeps the logs: one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,"
                            + " 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."));

    private static final Key NAME_KEY = key("name", new Text(NAME_MAX, NAME, NAME_FORM), false,
            "the host's second-level label (`twilio` for `api.twilio.com`)", EnumSet.of(Place.SINGLE, Place.SERVICE),
            "Stack name, API name, state machine file. Lowercase letters, digits, hyphens; at most 40. Required with"
                    + " `integrations:`, where each integration is named by its key.");

    private static final Key CONNECTION = key("connection", new Text(NAME_MAX, NAME, NAME_FORM), false, null,
            EnumSet.of(Place.INTEGRATION), "With `integrations:`: the name of an entry of `connections:`, instead of an"
                    + " inline `auth`.");

    /** What an integration (under {@code integrations.<name>}, or {@code defaults}) may set. */
    public static final Fields INTEGRATION = new Fields(at(Place.INTEGRATION,
            concat(INTEGRATION_KEYS, CallKeys.KEYS, OPERATION_KEYS, List.of(CONNECTION))));

    /** The five-line form: one integration. */
    public static final Fields SINGLE_FORM = new Fields(at(Place.SINGLE,
            concat(INTEGRATION_KEYS, CallKeys.KEYS, List.of(NAME_KEY), SERVICE_KEYS, WatchKeys.KEYS, EdgeKeys.KEYS, OPERATION_KEYS)));

    /** The form with several integrations. */
    public static final Fields SERVICE_FORM = new Fields(concat(List.of(NAME_KEY), SERVICE_KEYS, WatchKeys.KEYS, EdgeKeys.KEYS, List.of(
            key("connections", new Entries(NAME, NAME_FORM, NAME_MAX, AUTH_SHAPE, 50), false,
                    "none", EnumSet.of(Place.SERVICE), "Named connections (each as `auth`), shared by the integrations"
                            + " that name them."),
            key("defaults", INTEGRATION, false, "none", EnumSet.of(Place.SERVICE),
                    "Any integration key, for every integration that does not set it."),
            key("nestedStacks", new Flag(), false, "over 50 integrations", EnumSet.of(Place.SERVICE),
                    "Each integration's resources in one of 16 nested stacks (chosen by its name), the API and the"
                            + " connections in the root. Set `true` before a service grows past 50 integrations:"
                            + " passing 50 without it moves every integration's resources once."),
            key("integrations", new Entries(NAME, NAME_FORM, NAME_MAX, INTEGRATION,
                    MAX_INTEGRATIONS, WHY_MAX_INTEGRATIONS), true, null, EnumSet.of(Place.SERVICE),
                    "The integrations, by name: the name is the state machine's (`statemachine/<name>.asl.json`)"
                            + " and its resources' (`StateMachineSendSms`)."))));

    private DescriptorShape() {
    }

    /** The connection's shape: {@code auth}, and each entry of {@code connections}. */
    public static Variants auth() {
        return AUTH_SHAPE;
    }

    /** Every key in README order, with the places where it stands: the five-line form, then the service form. */
    public static List<Key> readmeOrder() {
        List<Key> keys = new ArrayList<>(INTEGRATION_KEYS);
        keys.addAll(CallKeys.KEYS);
        keys.add(NAME_KEY);
        keys.addAll(SERVICE_KEYS);
        keys.addAll(WatchKeys.KEYS);
        keys.addAll(EdgeKeys.KEYS);
        keys.addAll(OPERATION_KEYS);
        keys.add(CONNECTION);
        for (Key key : SERVICE_FORM.keys()) {
            if (!key.allowedAt(Place.SINGLE)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** A default as the README shows it: {@code `8`}. */
    static String code(Object value) {
        return "`" + value + "`";
    }

    static <E extends Enum<E>> Choice choice(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return new Choice(List.copyOf(names));
    }

    static Key key(String name, Shape shape, boolean required, String defaultValue, Set<Place> places,
            String description) {
        return new Key(name, shape, required, defaultValue, places, description);
    }

    /** The keys allowed at {@code place}, in order. */
    private static List<Key> at(Place place, List<Key> keys) {
        List<Key> allowed = new ArrayList<>();
        for (Key key : keys) {
            if (key.allowedAt(place)) {
                allowed.add(key);
            }
        }
        return List.copyOf(allowed);
    }

    @SafeVarargs
    private static List<Key> concat(List<Key>... lists) {
        List<Key> all = new ArrayList<>();
        for (List<Key> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static Map<String, Fields> orderedMap(Object... pairs) {
        Map<String, Fields> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Fields) pairs[i + 1]);
        }
        return map;
    }
}
