package io.github.samhttp.properties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random descriptors: every key the descriptor accepts, with valid values, and hostile free text. */
final class Descriptors {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
    static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    /** Pieces of text that break naive generators: quotes, escapes, template syntax, YAML specials, unicode. */
    static final List<String> NASTY = List.of("'", "\"", "\\", "\\'", "\\\"", "#set($x = 1)", "$input.json('$')",
            "$util", "#end", "## c", ": ", "- ", "#", "&a", "*a", "!tag", "|", ">", "%", "@", "`", "é", "日本", "😀",
            "\u200b", "</script>", " ", "abc", "$", "{", "}", "!", "[", "]", ",", "?", "~", "null", "true", "0x1F", "1e3",
            "---", "...", "\u00a0");
    /** What must never get through: references, placeholders, control characters. */
    static final List<String> FORBIDDEN = List.of("${", "${!", "${AWS::AccountId}", "${ConnectionArn}",
            "{{resolve:ssm:/x}}", "{{", "\n", "\t", "\r", "\u0000", "\u001b");

    private Descriptors() {
    }

    /** Text that may be any of the nasty pieces, possibly long. */
    static Arbitrary<String> freeText() {
        return Arbitraries.oneOf(Arbitraries.of(NASTY), Arbitraries.strings().alpha().numeric().ofMinLength(1)
                        .ofMaxLength(5)).list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts))
                .filter(text -> FORBIDDEN.stream().noneMatch(text::contains) && !text.isBlank());
    }

    /** Free text with, somewhere, something that must be refused. */
    static Arbitrary<String> hostileText() {
        return Combinators.combine(freeText(), Arbitraries.of(FORBIDDEN), freeText())
                .as((a, bad, b) -> a + bad + b);
    }

    static Arbitrary<String> token() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    static Arbitrary<String> endpoint() {
        Arbitrary<String> host = token().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l) + ".com");
        // No '.' or '..' segment: a client resolves it away (the plugin refuses it).
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.strings().withChars("abcXYZ019._~-")
                .ofMinLength(1).ofMaxLength(10).filter(s -> !s.equals(".") && !s.equals("..")),
                Arbitraries.of("%20", "v1", "2010-04-01", "Messages.json"));
        Arbitrary<String> path = segment.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "/" + String.join("/", l));
        Arbitrary<String> port = Arbitraries.of("", ":443", ":8443");
        return Combinators.combine(host, port, path).as((h, p, s) -> "https://" + h + p + s);
    }

    static Arbitrary<String> reference(boolean secret) {
        Arbitrary<String> ssm = Combinators.combine(token().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("", ":1", ":42"))
                .as((parts, version) -> "ssm:/" + String.join("/", parts) + version);
        Arbitrary<String> secretsManager = Combinators.combine(token(), token())
                .as((id, key) -> "secretsmanager:" + id + ":SecretString:" + key);
        return secret ? Arbitraries.oneOf(ssm, secretsManager)
                : Arbitraries.oneOf(ssm, secretsManager, freeText().map(t -> t.length() > 200 ? t.substring(0, 200) : t));
    }

    static Arbitrary<Map<String, Object>> auth() {
        Arbitrary<Map<String, Object>> basic = Combinators.combine(reference(false), reference(true))
                .as((user, password) -> map("type", "BASIC", "username", user, "password", password));
        Arbitrary<Map<String, Object>> apiKey = Combinators.combine(Arbitraries.of("x-api-key", "Authorization",
                        "X-Key_1", "api.key"), reference(true))
                .as((header, value) -> map("type", "API_KEY", "header", header, "value", value));
        Arbitrary<Map<String, Object>> oauth = Combinators.combine(endpoint(), Arbitraries.of("GET", "POST", "PUT")
                        .injectNull(0.5), reference(false), reference(true),
                        Arbitraries.strings().withChars("abcxyz.:/_-").ofMinLength(1).ofMaxLength(12).list()
                                .ofMaxSize(3).injectNull(0.5))
                .as((token, method, id, secret, scopes) -> {
                    Map<String, Object> auth = map("type", "OAUTH_CLIENT_CREDENTIALS", "tokenEndpoint", token,
                            "clientId", id, "clientSecret", secret);
                    if (method != null) {
                        auth.put("httpMethod", method);
                    }
                    if (scopes != null) {
                        auth.put("scopes", scopes);
                    }
                    return auth;
                });
        Arbitrary<Map<String, Object>> kind = Arbitraries.maps(Arbitraries.strings().withChars("abcXYZ-_")
                        .ofMinLength(1).ofMaxLength(8).map(k -> "p" + k),
                Arbitraries.oneOf(reference(true), freeText().filter(Descriptors::printableAscii)))
                .ofMaxSize(2).map(m -> (Map<String, Object>) new LinkedHashMap<String, Object>(m));
        Arbitrary<Map<String, Object>> parameters = Combinators.combine(kind.injectNull(0.5), kind.injectNull(0.5),
                        kind.injectNull(0.5))
                .as((headers, query, body) -> {
                    Map<String, Object> all = new LinkedHashMap<>();
                    if (headers != null) {
                        all.put("headers", headers);
                    }
                    if (query != null) {
                        all.put("query", query);
                    }
                    if (body != null) {
                        all.put("body", body);
                    }
                    return all;
                });
        Arbitrary<String> kmsKey = Arbitraries.of(
                "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "arn:aws:kms:us-east-1:123456789012:alias/conn_keys/a-b",
                "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef").injectNull(0.7);
        Arbitrary<String> lattice = Arbitraries.of(
                "arn:aws:vpc-lattice:eu-west-1:123456789012:resourceconfiguration/rcfg-0123456789abcdef0")
                .injectNull(0.8);
        return Combinators.combine(Arbitraries.oneOf(basic, apiKey, oauth), parameters.injectNull(0.6),
                        parameters.injectNull(0.6), kmsKey, lattice)
                .as((auth, extra, token, key, resourceConfiguration) -> {
                    if (key != null) {
                        auth.put("kmsKey", key);
                    }
                    if (resourceConfiguration != null) {
                        auth.put("privateEndpoint", map("resourceConfiguration", resourceConfiguration));
                    }
                    if (extra != null) {
                        auth.put("parameters", extra);
                    }
                    if (token != null && "OAUTH_CLIENT_CREDENTIALS".equals(auth.get("type"))) {
                        auth.put("tokenParameters", token);
                    }
                    return auth;
                });
    }

    /** Header names the HTTP Task accepts, each with free text as its value. */
    static Arbitrary<Map<String, Object>> headers(Arbitrary<String> values) {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzXYZ-_").ofMinLength(1)
                .ofMaxLength(12).filter(n -> Character.isLetter(n.charAt(0)))
                .map(n -> "X-" + n);
        return Arbitraries.maps(name, values).ofMaxSize(4)
                .filter(m -> m.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct().count() == m.size())
                .map(LinkedHashMap::new);
    }

    /** A valid descriptor as a map, in a random key order. */
    static Arbitrary<Map<String, Object>> valid() {
        return valid(freeText().filter(Descriptors::printableAscii));
    }

    static boolean printableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    static Arbitrary<Map<String, Object>> valid(Arbitrary<String> headerValues) {
        Arbitrary<Map<String, Object>> required = Combinators.combine(endpoint(), Arbitraries.of(METHODS), auth())
                .as((endpoint, method, auth) -> map("endpoint", endpoint, "method", method, "auth", auth));
        Arbitrary<Map<String, Object>> optional = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghij0123456789").ofMinLength(1).ofMaxLength(10)
                        .map(s -> "n" + s).injectNull(0.5),
                Arbitraries.of("dev", "prod", "v1", "Stage_2").injectNull(0.5),
                Arbitraries.of("/", "/sms", "/a/b.c/d_e-f~g", "/v1/messages").injectNull(0.5),
                Arbitraries.of("$", "$.body", "$.a.b", "$.sendsms").injectNull(0.5),
                Arbitraries.of("JSON", "URL_ENCODED").injectNull(0.5),
                headers(headerValues).injectNull(0.3),
                retry().injectNull(0.5),
                Arbitraries.of("API_KEY", "IAM", "NONE").injectNull(0.5))
                .as((name, stage, path, body, encoding, headers, retry, apiAuth) -> map("name", name, "stage", stage,
                        "path", path, "requestBody", body, "encoding", encoding, "headers", headers, "retry", retry,
                        "apiAuth", apiAuth));
        Arbitrary<Map<String, Object>> operations = Combinators.combine(Arbitraries.of(true, false).injectNull(0.5),
                Arbitraries.of("ALL", "ERROR", "FATAL", "OFF").injectNull(0.5),
                Arbitraries.of(1, 14, 30, 365, 3653).injectNull(0.5),
                Arbitraries.maps(Arbitraries.strings().withChars("abcXYZ09_.:/=+-@ ").ofMinLength(1).ofMaxLength(20)
                                .filter(k -> !k.startsWith("aws:")), Arbitraries.strings()
                                .withChars("abcXYZ09_.:/=+-@ \u00e9\u00fc\u65e5").ofMinLength(1).ofMaxLength(40))
                        .ofMaxSize(3).map(m -> (Map<String, Object>) new LinkedHashMap<String, Object>(m))
                        .injectNull(0.5))
                .as((tracing, level, retention, tags) -> map("tracing", tracing, "logLevel", level,
                        "logRetentionDays", retention, "tags", tags));
        return Combinators.combine(required, optional, operations, Arbitraries.integers().between(1, 27).injectNull(0.5),
                        Arbitraries.longs(), shaping(), monitoring())
                .as((req, opt, ops, timeout, seed, shaping, watch) -> {
                    Map<String, Object> all = new LinkedHashMap<>(req);
                    opt.forEach((k, v) -> {
                        if (v != null) {
                            all.put(k, v);
                        }
                    });
                    ops.forEach((k, v) -> {
                        if (v != null) {
                            all.put(k, v);
                        }
                    });
                    if (timeout != null) {
                        all.put("timeoutSeconds", timeout);
                    }
                    applyShaping(all, shaping);
                    watch.forEach((k, v) -> {
                        if (v != null) {
                            all.put(k, v);
                        }
                    });
                    if (!(Boolean) shaping.get("_rest")) {
                        all.remove("webAcl");
                        all.remove("endpointType");
                        all.remove("vpcEndpointIds");
                    } else if ("PRIVATE".equals(all.get("endpointType"))) {
                        // A regional custom domain cannot serve a private API.
                        all.remove("domain");
                    }
                    if ((Boolean) shaping.get("_rest") && (Boolean) shaping.get("_sync") && seed % 5 == 2
                            && !"OPTIONS".equals(all.get("method")) && !"/".equals(all.get("path"))) {
                        // 202 at once, then the status route; retries may wait minutes.
                        all.put("mode", "ASYNC");
                        if (seed % 2 == 0) {
                            all.put("idempotencyHeader", "Idempotency-Key");
                        }
                    } else if (longWaits(all.get("endpointType")) && seed % 3 != 0) {
                        // Regional and private APIs may wait up to five minutes, and the calls with them.
                        int wait = List.of(30, 90, 300).get((int) Math.floorMod(seed, 3L));
                        all.put("apiTimeoutSeconds", wait);
                        if (seed % 2 == 0) {
                            all.put("timeoutSeconds", Math.min(60, wait - 2));
                        }
                    }
                    if (!(Boolean) shaping.get("_sync")) {
                        // An event trigger has no API to throttle, watch, name or log.
                        all.remove("throttle");
                        all.remove("domain");
                        all.remove("accessLogs");
                        all.remove("cors");
                        all.remove("apiTimeoutSeconds");
                        if (all.get("alarms") instanceof Map<?, ?> alarms) {
                            alarms.remove("serverErrors");
                            alarms.remove("latencyMillis");
                        }
                    }
                    if ("OPTIONS".equals(all.get("method"))) {
                        // With CORS, API Gateway answers OPTIONS itself.
                        all.remove("cors");
                    }
                    boolean body = List.of("POST", "PUT", "PATCH").contains(all.get("method"));
                    if (!body) {
                        all.remove("requestBody");
                        all.remove("encoding");
                    } else if (seed % 5 == 0 && (Boolean) shaping.get("_rest")) {
                        all.put("requestSchema", requestSchema(all.get("requestBody"), new Random(seed)));
                    }
                    if ("URL_ENCODED".equals(all.get("encoding")) && seed % 3 != 0) {
                        all.put("arrayFormat", List.of("INDICES", "REPEAT", "COMMAS", "BRACKETS")
                                .get((int) Math.floorMod(seed, 4L)));
                    }
                    return shuffled(all, new Random(seed));
                });
    }

    /** Throttling, alarms (off, on, or with their settings) and the dashboard. */
    static Arbitrary<Map<String, Object>> monitoring() {
        Arbitrary<Object> throttle = Combinators.combine(Arbitraries.integers().between(1, 10_000).injectNull(0.5),
                Arbitraries.integers().between(1, 5_000).injectNull(0.5)).as((rate, burst) -> {
                    Map<String, Object> limits = new LinkedHashMap<>();
                    if (rate != null) {
                        limits.put("rateLimit", rate);
                    }
                    if (burst != null) {
                        limits.put("burstLimit", burst);
                    }
                    return (Object) limits;
                }).injectNull(0.6);
        Arbitrary<Object> settings = Combinators.combine(
                Arbitraries.of("ops@example.com", "a.b+alerts@mail.example.co.uk").injectNull(0.6),
                Arbitraries.of("arn:aws:sns:eu-west-1:123456789012:ops", "arn:aws-cn:sns:cn-north-1:123456789012:a_b-c")
                        .injectNull(0.7),
                Arbitraries.of(60, 300, 3600).injectNull(0.5), Arbitraries.integers().between(1, 24).injectNull(0.5),
                Arbitraries.integers().between(1, 1000).injectNull(0.6),
                Arbitraries.integers().between(1, 1000).injectNull(0.6),
                Arbitraries.integers().between(100, 29_000).injectNull(0.6))
                .as((email, topic, period, periods, failed, errors, latency) -> {
                    Map<String, Object> alarms = new LinkedHashMap<>();
                    if (email != null) {
                        alarms.put("email", email);
                    } else if (topic != null) {
                        alarms.put("topic", topic);
                    }
                    if (period != null) {
                        alarms.put("periodSeconds", period);
                    }
                    if (periods != null) {
                        alarms.put("evaluationPeriods", periods);
                    }
                    if (failed != null) {
                        alarms.put("failedExecutions", failed);
                        alarms.put("timedOutExecutions", failed);
                        alarms.put("throttledExecutions", failed);
                    }
                    if (errors != null) {
                        alarms.put("serverErrors", errors);
                    }
                    if (latency != null) {
                        alarms.put("latencyMillis", latency);
                    }
                    return (Object) alarms;
                });
        Arbitrary<Object> alarms = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(true, false), settings);
        Arbitrary<Object> domain = Combinators.combine(Arbitraries.of("api.example.com", "x-1.b.example.co.uk"),
                Arbitraries.of("Z0123456789ABCDEFGHIJ").injectNull(0.5), Arbitraries.of("v1", "a_b.c~d-e")
                        .injectNull(0.5)).as((name, zone, base) -> {
                            Map<String, Object> d = map("name", name, "certificate",
                                    "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012");
                            if (zone != null) {
                                d.put("hostedZoneId", zone);
                            }
                            if (base != null) {
                                d.put("basePath", base);
                            }
                            return (Object) d;
                        }).injectNull(0.7);
        Arbitrary<Object> webAcl = Arbitraries.of((Object)
                "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api-acl/12345678-1234-1234-1234-123456789012")
                .injectNull(0.7);
        Arbitrary<Object> accessLogs = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(null),
                Arbitraries.of(true, false), Arbitraries.of(1, 90, 3653).map(d -> (Object) map("retentionDays", d)));
        Arbitrary<Object> endpoint = Arbitraries.of((Object) map("endpointType", "REGIONAL"),
                map("endpointType", "PRIVATE", "vpcEndpointIds", List.of("vpce-0123456789abcdef0")),
                map("endpointType", "EDGE")).injectNull(0.6);
        return Combinators.combine(throttle, alarms, Arbitraries.of(true, false).injectNull(0.6), domain, webAcl,
                        accessLogs, cors(), endpoint)
                .as((t, a, d, dn, w, l, c, e) -> {
                    Map<String, Object> watch = map("throttle", t, "alarms", a, "dashboard", d, "domain", dn,
                            "webAcl", w, "accessLogs", l, "cors", c);
                    if (e != null) {
                        watch.putAll((Map<String, Object>) e);
                    }
                    return watch;
                });
    }

    /** CORS: any origin, or listed ones with credentials sometimes; headers, methods and age sometimes. */
    static Arbitrary<Object> cors() {
        Arbitrary<List<String>> origins = Arbitraries.of(List.of("*"), List.of("https://app.example.com"),
                List.of("https://app.example.com", "http://localhost:3000", "https://a-1.b.example.co.uk:8443"));
        Arbitrary<List<String>> headers = Arbitraries.of(List.of("X-Request-Id"), List.of("X-A", "x-b-c"))
                .injectNull(0.6);
        Arbitrary<List<String>> methods = Arbitraries.of(List.of("GET"), List.of("GET", "POST", "PUT", "PATCH",
                "DELETE", "HEAD")).injectNull(0.7);
        return Combinators.combine(origins, headers, methods, Arbitraries.of(0, 600, 86_400).injectNull(0.6),
                Arbitraries.of(true, false).injectNull(0.5)).as((o, h, m, age, credentials) -> {
                    Map<String, Object> cors = map("allowOrigins", o);
                    put(cors, "allowHeaders", h);
                    put(cors, "allowMethods", m);
                    put(cors, "maxAgeSeconds", age);
                    put(cors, "allowCredentials", o.contains("*") && Boolean.TRUE.equals(credentials) ? null
                            : credentials);
                    return (Object) cors;
                }).injectNull(0.6);
    }

    /** Whether an API of this endpoint type may wait more than 29 seconds. */
    private static boolean longWaits(Object endpointType) {
        return "REGIONAL".equals(endpointType) || "PRIVATE".equals(endpointType);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * Request shaping: path parameters and deploy-time parameters appended to the endpoint, static and forwarded
     * query parameters, forwarded headers. Keys starting with '_' are instructions for {@link #applyShaping}.
     */
    static Arbitrary<Map<String, Object>> shaping() {
        Arbitrary<List<String>> pathParameters = Arbitraries.of("userId", "id", "a_1", "X").list().uniqueElements()
                .ofMaxSize(2);
        Arbitrary<String> deployTime = Arbitraries.of("AccountSid", "Region", "T1").injectNull(0.7);
        Arbitrary<String> queryName = Arbitraries.strings().withChars("abcxyz09_.~-").ofMinLength(1).ofMaxLength(8);
        Arbitrary<Map<String, String>> query = Arbitraries.maps(queryName.map(n -> "s" + n),
                freeText().filter(t -> t.length() <= 200)).ofMaxSize(3).injectNull(0.5);
        Arbitrary<List<String>> forwardQuery = queryName.map(n -> "f" + n).list().uniqueElements().ofMaxSize(3)
                .injectNull(0.5);
        Arbitrary<List<String>> forwardHeaders = Arbitraries.strings().withChars("abcXYZ09-").ofMinLength(1)
                .ofMaxLength(8).map(n -> "Fwd-" + n).list().ofMaxSize(3)
                .filter(l -> l.stream().map(h -> h.toLowerCase(Locale.ROOT)).distinct().count() == l.size())
                .injectNull(0.5);
        Arbitrary<String> responseBody = Arbitraries.of("$", "$.ok", "$[1]", "$.text").injectNull(0.6);
        Arbitrary<Map<String, Object>> errorStatus = Arbitraries.maps(Arbitraries.of("400", "404", "422", "500",
                "503", "timeout"), Arbitraries.integers().between(400, 599).map(i -> (Object) i)).ofMaxSize(3)
                .map(m -> (Map<String, Object>) new LinkedHashMap<>(m)).injectNull(0.6);
        Arbitrary<Object> trigger = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(null),
                Arbitraries.of("REST_API", "HTTP_API"),
                Combinators.combine(Arbitraries.of("default", "orders", "a.b-c_d/e"), Arbitraries.of(true, false)
                                .injectNull(0.5))
                        .as((bus, dlq) -> {
                            Map<String, Object> rule = map("type", "EVENTBRIDGE", "pattern", map("source",
                                    List.of("com.example.orders"), "detail", map("state", List.of("it's \"new\"",
                                            "\u00e9t\u00e9"))));
                            if (!bus.equals("default") || dlq != null) {
                                rule.put("eventBus", bus);
                            }
                            if (dlq != null) {
                                rule.put("deadLetterQueue", dlq);
                            }
                            return (Object) rule;
                        }),
                Combinators.combine(Arbitraries.of("rate(5 minutes)", "rate(1 hour)", "cron(0 12 * * ? *)",
                                "at(2030-01-01T09:00:00)"), Arbitraries.of("Europe/Paris", "UTC").injectNull(0.5))
                        .as((expression, zone) -> {
                            Map<String, Object> schedule = map("type", "SCHEDULE", "expression", expression,
                                    "input", map("report", "daily", "note", "it's \"q\" \u00e9"));
                            if (zone != null) {
                                schedule.put("timezone", zone);
                            }
                            return (Object) schedule;
                        }));
        return Combinators.combine(pathParameters, deployTime, query, forwardQuery, forwardHeaders,
                        Arbitraries.of(true, false), responseBody, errorStatus)
                .as((params, deploy, q, fq, fh, explicitPath, rb, es) -> map("params", params, "deploy", deploy,
                        "query", q, "fq", fq, "fh", fh, "explicitPath", explicitPath, "rb", rb, "es", es))
                .flatMap(parts -> Combinators.combine(trigger, Arbitraries.of(true, false)).as((t, standard) -> {
                    @SuppressWarnings("unchecked")
                    List<String> params = (List<String>) parts.get("params");
                    String deploy = (String) parts.get("deploy");
                    @SuppressWarnings("unchecked")
                    Map<String, String> q = (Map<String, String>) parts.get("query");
                    @SuppressWarnings("unchecked")
                    List<String> fq = (List<String>) parts.get("fq");
                    @SuppressWarnings("unchecked")
                    List<String> fh = (List<String>) parts.get("fh");
                    boolean explicitPath = (Boolean) parts.get("explicitPath");
                    String rb = (String) parts.get("rb");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> es = (Map<String, Object>) parts.get("es");
                    Map<String, Object> shaping = new LinkedHashMap<>();
                    shaping.put("trigger", t);
                    boolean rest = t == null || "REST_API".equals(t);
                    boolean sync = rest || "HTTP_API".equals(t);
                    shaping.put("workflow", !sync && standard ? "STANDARD" : null);
                    shaping.put("_rest", rest);
                    shaping.put("_sync", sync);
                    shaping.put("responseBody", rb);
                    shaping.put("errorStatus", es == null || es.isEmpty() || !sync ? null : es);
                    StringBuilder suffix = new StringBuilder();
                    if (deploy != null) {
                        suffix.append("/accounts/{").append(deploy).append('}');
                        shaping.put("endpointParameters", map(deploy, "ssm:/deploy/" + deploy.toLowerCase(Locale.ROOT)));
                    }
                    if (!rest) {
                        // Only a REST API fills placeholders from the request path, and forwards parameters.
                        params = List.of();
                        fq = null;
                        fh = null;
                    }
                    params.forEach(p -> suffix.append("/x.").append('{').append(p).append('}'));
                    shaping.put("_endpointSuffix", suffix.toString());
                    if (!params.isEmpty() && explicitPath) {
                        StringBuilder path = new StringBuilder("/r");
                        params.forEach(p -> path.append("/{").append(p).append('}'));
                        shaping.put("_path", path.toString());
                    } else if (!params.isEmpty()) {
                        shaping.put("_path", null);
                    }
                    shaping.put("query", q == null || q.isEmpty() ? null : new LinkedHashMap<String, Object>(q));
                    shaping.put("forwardQuery", fq == null || fq.isEmpty() ? null : fq);
                    shaping.put("forwardHeaders", fh == null || fh.isEmpty() ? null : fh);
                    return shaping;
                }));
    }

    /** Puts the shaping keys into {@code all}; with path parameters, the path is theirs (or the default). */
    static void applyShaping(Map<String, Object> all, Map<String, Object> shaping) {
        all.put("endpoint", all.get("endpoint") + (String) shaping.get("_endpointSuffix"));
        if (shaping.containsKey("_path")) {
            all.remove("path");
            if (shaping.get("_path") != null) {
                all.put("path", shaping.get("_path"));
            }
        }
        shaping.forEach((k, v) -> {
            if (!k.startsWith("_") && v != null) {
                all.put(k, v);
            }
        });
        if (!(Boolean) shaping.get("_rest")) {
            all.remove("requestSchema");
            if ("API_KEY".equals(all.get("apiAuth"))) {
                all.remove("apiAuth");
            }
        }
        if (!(Boolean) shaping.get("_sync")) {
            List.of("stage", "path", "apiAuth").forEach(all::remove);
        }
    }

    /**
     * A request schema that the bodies of the runtime property match: an object, the part that requestBody names
     * required (and an object) when it names one, optional extra keywords, free text in its description.
     */
    static Map<String, Object> requestSchema(Object requestBody, Random random) {
        Map<String, Object> schema = map("type", "object", "maxProperties", 10);
        if (random.nextBoolean()) {
            schema.put("description", "Body: it's \"checked\" \\ \u00e9 #set $x");
        }
        boolean part = requestBody != null && !"$".equals(requestBody);
        if (part) {
            String first = requestBody.toString().substring(2).split("\\.")[0];
            schema.put("required", List.of(first));
            schema.put("properties", map(first, map("type", "object"), "other", map("type", "string",
                    "pattern", "^[a-z]+$", "minLength", 1)));
        }
        if (random.nextBoolean()) {
            // (The whole-body case sends a string property: only 'true' lets it through.)
            schema.put("additionalProperties", part && random.nextBoolean() ? map("type", "object") : true);
        }
        return schema;
    }

    /** Keys of the whole service in a descriptor with 'integrations'. */
    static final List<String> SERVICE_SETTINGS = List.of("stage", "apiAuth", "trigger", "tags", "tracing",
            "throttle", "alarms", "dashboard", "domain", "webAcl", "accessLogs", "cors", "endpointType",
            "vpcEndpointIds");

    /**
     * A descriptor with 'integrations': two to four valid API-triggered descriptors, each under its own name and
     * path prefix; auth moved into shared 'connections' (the same one twice, sometimes), one key into 'defaults'.
     */
    static Arbitrary<Map<String, Object>> service() {
        Arbitrary<Map<String, Object>> api = valid().filter(d -> !(d.get("trigger") instanceof Map<?, ?>));
        return Combinators.combine(api.list().ofMinSize(2).ofMaxSize(4), Arbitraries.longs()).as((parts, seed) -> {
            Random random = new Random(seed);
            Map<String, Object> first = parts.get(0);
            Map<String, Object> service = map("name", "svc" + Math.floorMod(seed, 1000));
            SERVICE_SETTINGS.forEach(k -> {
                if (first.containsKey(k)) {
                    service.put(k, first.get(k));
                }
            });
            boolean http = "HTTP_API".equals(first.get("trigger"));
            Map<String, Object> connections = new LinkedHashMap<>();
            Map<String, Object> integrations = new LinkedHashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                Map<String, Object> integration = new LinkedHashMap<>(parts.get(i));
                SERVICE_SETTINGS.forEach(integration::remove);
                integration.remove("name");
                integration.remove("workflow");
                if (http) {
                    List.of("forwardQuery", "forwardHeaders", "requestSchema", "mode", "idempotencyHeader")
                            .forEach(integration::remove);
                    String endpoint = (String) integration.get("endpoint");
                    if (integration.get("path") != null && integration.get("path").toString().contains("{")
                            || endpoint.contains("/x.{")) {
                        // An HTTP API fills no placeholder from the path: keep the part before them.
                        integration.put("endpoint", endpoint.substring(0, endpoint.indexOf("/x.{") < 0
                                ? endpoint.length() : endpoint.indexOf("/x.{")));
                        integration.remove("path");
                    }
                }
                Object path = integration.get("path");
                if (path != null) {
                    integration.put("path", "/i" + i + (path.equals("/") ? "" : path));
                }
                if (random.nextBoolean()) {
                    String connection = i > 0 && random.nextBoolean() ? "c0" : "c" + i;
                    if (connection.equals("c" + i)) {
                        connections.put(connection, integration.get("auth"));
                    } else if (connections.containsKey("c0")) {
                        integration.put("auth", connections.get("c0"));
                    } else {
                        connection = null;
                    }
                    if (connection != null) {
                        integration.remove("auth");
                        integration.put("connection", connection);
                    }
                }
                integrations.put("int-" + i, integration);
            }
            if (!connections.isEmpty()) {
                service.put("connections", connections);
            }
            if (!longWaits(service.get("endpointType"))) {
                // An edge-optimised API waits 29 seconds: no longer wait, no longer call.
                for (Object i : integrations.values()) {
                    Map<String, Object> integration = (Map<String, Object>) i;
                    integration.remove("apiTimeoutSeconds");
                    if (integration.get("timeoutSeconds") instanceof Integer t && t > 27) {
                        integration.put("timeoutSeconds", 27);
                    }
                }
            }
            if (integrations.values().stream().anyMatch(i -> "OPTIONS".equals(((Map<?, ?>) i).get("method")))) {
                // With CORS, API Gateway answers OPTIONS itself.
                service.remove("cors");
            }
            // A setting the first integration has moves into 'defaults' (and holds for those without their own).
            Map<String, Object> firstIntegration = (Map<String, Object>) integrations.get("int-0");
            if (firstIntegration.get("timeoutSeconds") instanceof Integer t && t <= 27) {
                service.put("defaults", map("timeoutSeconds", firstIntegration.remove("timeoutSeconds")));
            }
            service.put("integrations", integrations);
            return shuffled(service, random, true);
        });
    }

    static Arbitrary<Map<String, Object>> retry() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 10),
                        Arbitraries.of("1", "1.5", "2", "2.0", "3.25", "10"), Arbitraries.integers().between(1, 27))
                .as((attempts, interval, backoff, delay) -> map("maxAttempts", attempts, "intervalSeconds", interval,
                        "backoffRate", new java.math.BigDecimal(backoff), "maxDelaySeconds", delay));
    }

    /** The same descriptor with the keys of every mapping in another order. */
    static Map<String, Object> shuffled(Map<String, Object> descriptor, Random random) {
        return shuffled(descriptor, random, false);
    }

    /**
     * As {@link #shuffled(Map, Random)}; with {@code keepIntegrationOrder}, the integrations stay in their order
     * (it is the order of their routes and resources) while every mapping inside them is shuffled.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> shuffled(Map<String, Object> descriptor, Random random, boolean keepIntegrationOrder) {
        List<String> keys = new ArrayList<>(descriptor.keySet());
        Collections.shuffle(keys, random);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = descriptor.get(key);
            if (keepIntegrationOrder && key.equals("integrations") && value instanceof Map<?, ?> m) {
                Map<String, Object> integrations = new LinkedHashMap<>();
                ((Map<String, Object>) m).forEach((name, integration) -> integrations.put(name,
                        shuffled((Map<String, Object>) integration, random, false)));
                out.put(key, integrations);
            } else {
                out.put(key, value instanceof Map<?, ?> m ? shuffled((Map<String, Object>) m, random, false) : value);
            }
        }
        return out;
    }

    static String yaml(Map<String, Object> descriptor) {
        try {
            return YAML.writeValueAsString(descriptor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
