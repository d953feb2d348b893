package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.apigateway.RoutePaths;
import io.github.samhttp.core.local.http.EmptyBody;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated projects run through the local runtime against a scripted third party on 127.0.0.1. */
class LocalRuntimeTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SEED = Path.of("examples/twilio-sms/integration.yaml");
    static final Map<String, String> SECRETS = Map.ofEntries(
            Map.entry("ssm:/twilio_sid", "AC123"), Map.entry("ssm:/twilio_secret", "s3cr3t-token"),
            Map.entry("ssm:/sid", "AC9"), Map.entry("ssm:/secret:3", "v3-secret"),
            Map.entry("ssm:/weather/key", "weather-key-1"),
            Map.entry("secretsmanager:sendgrid:SecretString:bearer", "Bearer SG.key"),
            Map.entry("secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:s-Ab1:SecretString:key", "sk_test_1"),
            Map.entry("secretsmanager:stripe/prod:SecretString:empty", "stripe-pass"),
            Map.entry("ssm:/crm/client_id", "crm-client"),
            Map.entry("secretsmanager:crm/oauth:SecretString:client_secret", "crm-secret"),
            Map.entry("ssm:/orders/key", "orders-key"), Map.entry("ssm:/orders/tenant", "acme"),
            Map.entry("secretsmanager:github/token:SecretString:bearer", "Bearer ghp_1"),
            Map.entry("ssm:/github/org", "octo-org"),
            Map.entry("secretsmanager:sendgrid/api:SecretString:authorization", "Bearer SG.k"),
            Map.entry("secretsmanager:stripe/api:SecretString:secret_key", "sk_test_2"),
            Map.entry("secretsmanager:stripe/api:SecretString:password", "unused"),
            Map.entry("secretsmanager:orders/api:SecretString:key", "orders-key"),
            Map.entry("secretsmanager:slack/bot:SecretString:authorization", "Bearer xoxb-1"),
            Map.entry("secretsmanager:twilio/auth:SecretString:token", "tw-token"),
            Map.entry("secretsmanager:reports/api:SecretString:key", "rep-key"),
            // TestProjects.largeService's connections and endpoint parameter.
            Map.entry("secretsmanager:partner/api:SecretString:key", "Bearer partner-key"),
            Map.entry("ssm:/billing/user", "billing-user"), Map.entry("ssm:/billing/pass", "billing-pass"),
            Map.entry("ssm:/mail/key", "mail-key"), Map.entry("ssm:/partner/tenant", "acme"));

    MockThirdParty mock;
    VirtualTiming timing;
    List<String> log;

    @BeforeEach
    void start() throws Exception {
        mock = new MockThirdParty();
        timing = new VirtualTiming();
        log = new ArrayList<>();
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    LocalRuntime runtime(Map<String, byte[]> files) throws SamHttpException {
        return new LocalRuntime(LocalProject.load(files), Secrets.of(SECRETS, Map.of()),
                new LocalRuntime.Options(mock.uri(), false, timing));
    }

    LocalRuntime.Response post(Map<String, byte[]> files, String path, String body) throws Exception {
        return runtime(files).invoke(new LocalRuntime.Request("POST", path,
                Map.of("Content-Type", "application/json"), Map.of(), body), log::add);
    }

    static Map<String, byte[]> seed() throws Exception {
        return TestProjects.render(SEED);
    }

    static String sms(String text) throws Exception {
        return JSON.writeValueAsString(JSON.createObjectNode().set("sendsms",
                JSON.createObjectNode().put("To", "+15551234567").put("From", "+15557654321").put("Body", text)));
    }

    @Test
    void successPassesTheThirdPartyStatusAndBodyThrough() throws Exception {
        mock.answer(Answer.json(201, "{\"sid\": \"SM1\", \"status\": \"queued\", \"price\": null}"));

        LocalRuntime.Response response = post(seed(), "/sms", sms("Hello"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()))
                .isEqualTo(JSON.readTree("{\"sid\": \"SM1\", \"status\": \"queued\", \"price\": null}"));
        MockThirdParty.Received call = mock.received().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.pathAndQuery()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
        assertThat(call.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(call.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("AC123:s3cr3t-token".getBytes()));
        assertThat(log).anyMatch(l -> l.startsWith("state 'Call third-party API'"))
                .anyMatch(l -> l.matches("HTTP attempt 1: POST http://127.0.0.1:\\d+/2010-04-01/.* -> 201 in \\d+ ms"));
        assertThat(String.join("\n", log)).doesNotContain("s3cr3t-token")
                .doesNotContain(Base64.getEncoder().encodeToString("AC123:s3cr3t-token".getBytes()));
    }

    @Test
    void aFormEncodedPayloadArrivesExactly() throws Exception {
        String text = "It's \"quoted\" \\ back\\slash, h\u00e9llo \u65e5\u672c \ud83d\ude00\nline 2\ttab & = + % #";
        mock.answer(Answer.json(201, "{}"));

        post(seed(), "/sms", sms(text));

        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : mock.received().get(0).bodyText().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(form).containsExactly(Map.entry("To", "+15551234567"), Map.entry("From", "+15557654321"),
                Map.entry("Body", text));
        assertThat(mock.received().get(0).bodyText()).doesNotContain("+").contains("%20");
    }

    @Test
    void arraysInAFormBodyFollowTheArrayFormat() throws Exception {
        mock.answer(Answer.json(201, "{}"));
        Map<String, byte[]> files = TestProjects.render(Files.readString(SEED) + "arrayFormat: REPEAT\n");

        post(files, "/sms", "{\"sendsms\": {\"To\": \"+1555\", \"MediaUrl\": [\"https://a/1.png\", \"https://a/2.png\"]}}");

        assertThat(mock.received().get(0).bodyText()).isEqualTo(
                "To=%2B1555&MediaUrl=https%3A%2F%2Fa%2F1.png&MediaUrl=https%3A%2F%2Fa%2F2.png");
    }

    @Test
    void aJsonPayloadArrivesByteExact() throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode()
                .put("text", "q'uo\"te \\ \u00e9 \ud83d\ude00 \n\r\t \u0001 </script> ${x} #set($a=1)")
                .set("nested", JSON.readTree("{\"list\": [1, 2.5, true, null, {\"k\": \"'\"}], \"empty\": {}}")));
        mock.answer(Answer.json(200, "{\"ok\": true}"));

        LocalRuntime.Response response = post(variant("minimal"), "/twilio", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(mock.received().get(0).body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(mock.received().get(0).header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    }

    static Stream<Integer> clientErrors() {
        return Stream.of(400, 401, 404, 422);
    }

    @ParameterizedTest
    @MethodSource("clientErrors")
    void anUpstreamClientErrorComesBackWithItsStatusAfterASingleCall(int status) throws Exception {
        mock.answer(Answer.json(status, "{\"code\": 21211, \"message\": \"The 'To' number is not valid\"}"));

        LocalRuntime.Response response = post(seed(), "/sms", sms("Hi"));

        assertThat(response.status()).isEqualTo(status);
        assertThat(mock.received()).hasSize(1);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error").asText()).isEqualTo("States.Http.StatusCode." + status);
    }

    @Test
    void passingServerErrorsAreRetriedWithBackoff() throws Exception {
        mock.answer(Answer.json(503, "{}"), Answer.json(503, "{}"), Answer.json(201, "{\"sid\": \"SM2\"}"));

        LocalRuntime.Response response = post(seed(), "/sms", sms("Hi"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(mock.received()).hasSize(3);
        assertThat(timing.waits).containsExactly(500L, 1000L);
        assertThat(log).contains("retry 1/2 after States.Http.StatusCode.503, waiting 500 ms",
                "retry 2/2 after States.Http.StatusCode.503, waiting 1000 ms");
    }

    @Test
    void aServerErrorThatLastsGives502AfterTheConfiguredAttempts() throws Exception {
        mock.answer(Answer.json(503, "{\"message\": \"down\"}"));

        LocalRuntime.Response response = runtime(variant("stripe")).invoke(new LocalRuntime.Request("PUT", "/stripe",
                Map.of(), Map.of(), "{\"charge\": {\"data\": {\"a\": 1}}}"), log::add);

        assertThat(response.status()).isEqualTo(502);
        assertThat(mock.received()).as("1 call and 3 retries").hasSize(4);
        assertThat(timing.waits).containsExactly(1000L, 1500L, 2250L);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("States.Http.StatusCode.503");
    }

    @Test
    void aSlowUpstreamGives504() throws Exception {
        mock.answer(new Answer(200, "application/json", "{}", 3000));
        Map<String, byte[]> files = TestProjects.render(Files.readString(SEED) + "timeoutSeconds: 1\nretry:\n"
                + "  maxAttempts: 0\n");

        LocalRuntime.Response response = post(files, "/sms", sms("Hi"));

        assertThat(response.status()).isEqualTo(504);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("States.Timeout");
    }

    @Test
    void aBodyThatTrickles504sToo() throws Exception {
        mock.answer(new Answer(200, "application/json", "{\"late\": true}", 0, 3000));
        Map<String, byte[]> files = TestProjects.render(Files.readString(SEED) + "timeoutSeconds: 1\nretry:\n"
                + "  maxAttempts: 0\n");

        long start = System.nanoTime();
        LocalRuntime.Response response = post(files, "/sms", sms("Hi"));

        assertThat(response.status()).isEqualTo(504);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2500);
    }

    @Test
    void secretsStayMaskedWhenEncodedInTheRequest() throws Exception {
        Map<String, byte[]> files = new HashMap<>(variant("minimal"));
        ObjectNode template = (ObjectNode) new YAMLMapper().readTree(files.get("template.yaml"));
        ObjectNode auth = (ObjectNode) template.path("Resources").path("Connection").path("Properties")
                .path("AuthParameters");
        ObjectNode invocation = auth.putObject("InvocationHttpParameters");
        invocation.putArray("QueryStringParameters").addObject().put("Key", "key")
                .put("Value", "{{resolve:ssm:/q}}").put("IsValueSecret", true);
        invocation.putArray("BodyParameters").addObject().put("Key", "pw").put("Value", "pa\"ss word")
                .put("IsValueSecret", true);
        files.put("template.yaml", new YAMLMapper().writeValueAsBytes(template));
        Map<String, String> secrets = new HashMap<>(SECRETS);
        secrets.put("ssm:/q", "sk+live/AbC==");
        LocalRuntime dryRun = new LocalRuntime(LocalProject.load(files), Secrets.of(secrets, Map.of()),
                new LocalRuntime.Options(null, true, timing));

        LocalRuntime.Response response = dryRun.invoke(new LocalRuntime.Request("POST", "/twilio", Map.of(),
                Map.of(), "{\"a\": 1}"), log::add);

        assertThat(response.body()).contains("?key=****", "\"pw\":\"****\"").doesNotContain("sk", "AbC", "pa\\\"ss");
        assertThat(String.join("\n", log)).doesNotContain("AbC");
    }

    @Test
    void anExecutionOverItsLimitIsTimedOutAndAnswered504() throws Exception {
        mock.answer(Answer.json(503, "{}"));
        Map<String, byte[]> files = TestProjects.render(Files.readString(SEED)
                + "retry:\n  maxAttempts: 10\n  intervalSeconds: 10\n  backoffRate: 1\n  maxDelaySeconds: 27\n");
        timing = new VirtualTiming(1.0);

        LocalRuntime.Response response = post(files, "/sms", sms("Hi"));

        assertThat(response.status()).isEqualTo(504);
        assertThat(log).contains("execution timed out after 27 s");
        assertThat(mock.received()).hasSize(3);
    }

    @Test
    void anEmptyBodyGivesACleanErrorWithoutCallingTheThirdParty() throws Exception {
        LocalRuntime.Response response = post(seed(), "/sms", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("SamHttp.BadRequest");
        assertThat(JSON.readTree(response.body()).path("cause").asText())
                .isEqualTo("The request body has no value at $.sendsms.");
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void anApiKeyConnectionSendsItsHeader() throws Exception {
        mock.answer(new Answer(202, null, "", 0));

        LocalRuntime.Response response = post(variant("api-key-iam"), "/sendgrid", "{\"personalizations\": []}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body()).isBlank();
        MockThirdParty.Received call = mock.received().get(0);
        assertThat(call.header("Authorization")).isEqualTo("Bearer SG.key");
        assertThat(call.header("Accept")).isEqualTo("application/json");
        assertThat(call.header("X-Trace")).isEqualTo("it's \"q\" #1: a & b");
    }

    @Test
    void aGetSendsNoBody() throws Exception {
        mock.answer(new Answer(200, "text/plain", "sunny", 0));

        LocalRuntime.Response response = runtime(variant("open-get")).invoke(new LocalRuntime.Request("GET",
                "/weather/today", Map.of(), Map.of(), ""), log::add);

        assertThat(response.status()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).asText()).isEqualTo("sunny");
        assertThat(mock.received().get(0).method()).isEqualTo("GET");
        assertThat(mock.received().get(0).body()).isEmpty();
        assertThat(mock.received().get(0).header("x-api-key")).isEqualTo("weather-key-1");
    }

    @Test
    void anOAuthConnectionFetchesATokenOnceAndSendsItAsBearer() throws Exception {
        Map<String, byte[]> files = new HashMap<>(variant("minimal"));
        ObjectNode template = (ObjectNode) new YAMLMapper().readTree(files.get("template.yaml"));
        ObjectNode connection = (ObjectNode) template.path("Resources").path("Connection").path("Properties");
        connection.put("AuthorizationType", "OAUTH_CLIENT_CREDENTIALS");
        ObjectNode oauth = connection.putObject("AuthParameters").putObject("OAuthParameters")
                .put("AuthorizationEndpoint", "https://auth.example.com/oauth/token").put("HttpMethod", "POST");
        oauth.putObject("ClientParameters").put("ClientID", "client-1").put("ClientSecret", "{{resolve:ssm:/sid}}");
        oauth.putObject("OAuthHttpParameters").putArray("BodyParameters").addObject()
                .put("Key", "scope").put("Value", "sms:send").put("IsValueSecret", false);
        files.put("template.yaml", new YAMLMapper().writeValueAsBytes(template));
        mock.answer(Answer.json(200, "{\"access_token\": \"tok-123\", \"token_type\": \"Bearer\"}"),
                Answer.json(200, "{\"ok\": 1}"));

        LocalRuntime.Response response = post(files, "/twilio", "{\"a\": 1}");

        assertThat(response.status()).isEqualTo(200);
        MockThirdParty.Received token = mock.received().get(0);
        assertThat(token.pathAndQuery()).isEqualTo("/oauth/token");
        assertThat(token.header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("client-1:AC9".getBytes()));
        assertThat(token.bodyText()).isEqualTo("grant_type=client_credentials&scope=sms%3Asend");
        assertThat(mock.received().get(1).header("Authorization")).isEqualTo("Bearer tok-123");
        assertThat(String.join("\n", log)).doesNotContain("tok-123");
    }

    LocalRuntime.Response getIssues(String path, Map<String, String> headers, Map<String, String> query)
            throws Exception {
        return runtime(TestProjects.render(Path.of("examples/get-path-query/integration.yaml"))).invoke(
                new LocalRuntime.Request("GET", path, headers, query, ""), log::add);
    }

    @Test
    void pathQueryAndHeadersFillTheCallAndFixedValuesWin() throws Exception {
        mock.answer(Answer.json(200, "[{\"number\": 1}]"));

        LocalRuntime.Response response = getIssues("/repos/it's%20a%2Frepo/issues",
                Map.of("x-request-id", "r-1", "X-Other", "not forwarded"),
                Map.of("state", "open & closed", "per_page", "1000", "other", "not forwarded"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("[{\"number\": 1}]"));
        MockThirdParty.Received call = mock.received().get(0);
        // {Org} from SSM at deploy time, {repo} URL-encoded from the API path: the '/' cannot add a segment.
        assertThat(call.pathAndQuery()).isEqualTo("/repos/octo-org/it%27s%20a%2Frepo/issues"
                + "?state=open%20%26%20closed&per_page=50");
        assertThat(call.header("X-Request-Id")).isEqualTo("r-1");
        assertThat(call.header("X-Other")).isNull();
        assertThat(call.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(call.header("Authorization")).isEqualTo("Bearer ghp_1");
    }

    /** What a client may put in a path parameter, as it sends it: spaces, quotes, '@', '+', '%' and unicode. */
    static Stream<Object[]> pathParameterValues() {
        return Stream.of(
                new Object[] {"a%20b", "a b", "a%20b"},
                new Object[] {"it's%20%22quoted%22", "it's \"quoted\"", "it%27s%20%22quoted%22"},
                new Object[] {"me@example.com", "me@example.com", "me%40example.com"},
                new Object[] {"a+b", "a+b", "a%2Bb"},
                new Object[] {"100%25%20sure", "100% sure", "100%25%20sure"},
                new Object[] {"caf%C3%A9%20%E6%97%A5", "caf\u00e9 \u65e5", "caf%C3%A9%20%E6%97%A5"});
    }

    /**
     * Under either reading of a REST API (path parameters handed over as sent or decoded), every example with path
     * parameters calls the third party with the value encoded exactly once.
     */
    @ParameterizedTest(name = "{1} ({3})")
    @MethodSource("pathParametersUnderBothReadings")
    void pathParametersReachTheThirdPartyEncodedOnce(String sent, String meant, String expected,
            RoutePaths.Reading reading, String example) throws Exception {
        mock.answer(Answer.json(200, "{\"status\": \"ok\"}"));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(Path.of("examples/" + example
                + "/integration.yaml"))), Secrets.of(SECRETS, Map.of()), new LocalRuntime.Options(mock.uri(), false,
                timing, new Emulation(reading, EmptyBody.ABSENT)));
        String path = example.equals("get-path-query") ? "/repos/" + sent + "/issues" : "/sms/" + sent;

        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request("GET", path, Map.of(), Map.of(), ""),
                log::add);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(mock.received().get(0).pathAndQuery()).as(meant).contains(example.equals("get-path-query")
                ? "/repos/octo-org/" + expected + "/issues" : "/Messages/" + expected + ".json");
    }

    static Stream<Object[]> pathParametersUnderBothReadings() {
        return pathParameterValues().flatMap(v -> Stream.of(RoutePaths.Reading.values()).flatMap(r -> Stream.of(
                "get-path-query", "multi-integration").map(e -> new Object[] {v[0], v[1], v[2], r, e})));
    }

    /** A request each REST example accepts: example, method, path, body. */
    static Stream<Object[]> restExampleRequests() throws Exception {
        return Stream.of(
                new Object[] {"twilio-sms", "POST", "/sms", sms("hi")},
                new Object[] {"stripe-payment", "POST", "/payments", "{\"amount\": 500, \"currency\": \"eur\"}"},
                new Object[] {"sendgrid-mail", "POST", "/mail", "{\"subject\": \"hi\"}"},
                new Object[] {"oauth-client-credentials", "POST", "/contacts", "{\"contact\": {\"n\": 1}}"},
                new Object[] {"get-path-query", "GET", "/repos/app/issues", ""},
                new Object[] {"multi-integration", "POST", "/mail", "{\"subject\": \"hi\"}"},
                new Object[] {"multi-integration", "GET", "/sms/SM1", ""});
    }

    static Stream<Object[]> emptyAnswers() throws Exception {
        return restExampleRequests().flatMap(r -> Stream.of(EmptyBody.values()).flatMap(form -> Stream.of(200, 202,
                204).map(status -> new Object[] {r[0], r[1], r[2], r[3], form, status})));
    }

    /**
     * However the HTTP Task gives an empty third-party answer (no ResponseBody, null or ""), every REST example
     * answers the client the same: the third party's status and an empty body.
     */
    @ParameterizedTest(name = "{0} {1} {2}: {5} as {4}")
    @MethodSource("emptyAnswers")
    void anEmptyAnswerIsTheSameWhateverFormTheTaskGivesIt(String example, String method, String path, String body,
            EmptyBody form, int status) throws Exception {
        boolean oauth = example.startsWith("oauth");
        if (oauth) {
            mock.answer(Answer.json(200, "{\"access_token\": \"tok\"}"));
        }
        mock.answer(new Answer(status, null, "", 0));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(Path.of("examples/" + example
                + "/integration.yaml"))), Secrets.of(SECRETS, Map.of()), new LocalRuntime.Options(mock.uri(), false,
                timing, new Emulation(RoutePaths.Reading.AS_SENT, form)));

        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request(method, path,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "k-1"), Map.of(), body), log::add);

        assertThat(mock.received()).hasSize(oauth ? 2 : 1);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).isBlank();
    }

    @Test
    void dotSegmentsInAPathParameterAreRefusedBeforeAnyCall() throws Exception {
        for (String dots : List.of("..", ".", "%2E%2E")) {
            LocalRuntime.Response response = getIssues("/repos/" + dots + "/issues", Map.of(), Map.of());

            assertThat(response.status()).as(dots).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("SamHttp.BadRequest");
        }
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void aMissingDeployTimeParameterSaysWhereToPutIt() throws Exception {
        Map<String, byte[]> files = TestProjects.render(Path.of("examples/get-path-query/integration.yaml"));
        Map<String, String> secrets = new HashMap<>(SECRETS);
        secrets.remove("ssm:/github/org");

        assertThatThrownBy(() -> new LocalRuntime(LocalProject.load(files), Secrets.of(secrets, Map.of()),
                new LocalRuntime.Options(mock.uri(), false, timing)).invoke(new LocalRuntime.Request("GET",
                "/repos/r/issues", Map.of(), Map.of(), ""), log::add))
                .hasMessageContaining("ssm:/github/org: no local value")
                .hasMessageContaining("SAMHTTP_SSM_GITHUB_ORG");
        assertThat(mock.received()).isEmpty();
    }

    /** POST /contacts of the OAuth example. */
    LocalRuntime.Response postContact(String body) throws Exception {
        return post(TestProjects.render(Path.of("examples/oauth-client-credentials/integration.yaml")), "/contacts",
                body);
    }

    @Test
    void errorStatusMapsAThirdPartyErrorAfterItsRetries() throws Exception {
        mock.answer(Answer.json(200, "{\"access_token\": \"tok-9\"}"), Answer.json(503, "{\"m\": \"maintenance\"}"));

        LocalRuntime.Response response = postContact("{\"contact\": {}}");

        assertThat(response.status()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("States.Http.StatusCode.503");
        assertThat(mock.received()).as("a token request, then the call and its 2 retries").hasSize(4);
    }

    @Test
    void aResponseWithoutTheChosenPartIsA502() throws Exception {
        mock.answer(Answer.json(200, "{\"access_token\": \"tok-9\"}"), Answer.json(201, "{\"id\": 1}"));

        LocalRuntime.Response response = postContact("{\"contact\": {}}");

        assertThat(response.status()).isEqualTo(502);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("SamHttp.BadResponse");
        assertThat(JSON.readTree(response.body()).path("cause").asText())
                .isEqualTo("The third-party response has no value at $.data.");
    }

    @Test
    void aBodyThatDoesNotMatchRequestSchemaIsAnswered400WithoutAnyExecution() throws Exception {
        Map<String, byte[]> stripe = TestProjects.render(Path.of("examples/stripe-payment/integration.yaml"));
        for (String bad : List.of("{\"amount\": \"20\", \"currency\": \"usd\"}", "{\"amount\": 20, \"currency\": \"usd\"}",
                "{\"amount\": 2000}", "{\"amount\": 2000, \"currency\": \"USD\"}", "[]", "")) {
            LocalRuntime.Response response = post(stripe, "/payments", bad);

            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"error\": \"BadRequestBody\","
                    + " \"cause\": \"The request body does not match the API's request schema.\"}"));
        }
        assertThat(mock.received()).isEmpty();
        assertThat(log).noneMatch(line -> line.contains("StartSyncExecution"));

        mock.answer(Answer.json(200, "{\"id\": \"pi_1\"}"));
        assertThat(post(stripe, "/payments", "{\"amount\": 2000, \"currency\": \"usd\"}").status()).isEqualTo(200);
    }

    @Test
    void eachRouteOfAMultiIntegrationServiceRunsItsOwnStateMachineAndConnection() throws Exception {
        LocalRuntime runtime = runtime(TestProjects.render(Path.of("examples/multi-integration/integration.yaml")));
        mock.answer(Answer.json(200, "{\"sid\": \"SM1\", \"status\": \"delivered\"}"), new Answer(202, null, "", 0));

        LocalRuntime.Response status = runtime.invoke(new LocalRuntime.Request("GET", "/sms/SM1", Map.of(), Map.of(),
                ""), log::add);
        LocalRuntime.Response mail = runtime.invoke(new LocalRuntime.Request("POST", "/mail",
                Map.of("Content-Type", "application/json"), Map.of(), "{\"subject\": \"hi\"}"), log::add);

        assertThat(status.status()).isEqualTo(200);
        assertThat(JSON.readTree(status.body()).asText()).isEqualTo("delivered");
        assertThat(mock.received().get(0).pathAndQuery()).isEqualTo("/2010-04-01/Accounts/AC123/Messages/SM1.json");
        assertThat(mock.received().get(0).header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("AC123:tw-token".getBytes()));
        assertThat(mail.status()).isEqualTo(202);
        assertThat(mock.received().get(1).pathAndQuery()).isEqualTo("/v3/mail/send");
        assertThat(mock.received().get(1).header("Authorization")).isEqualTo("Bearer SG.k");
        assertThat(mock.received().get(1).bodyText()).isEqualTo("{\"subject\":\"hi\"}");
    }

    @Test
    void aDryRunNamesEachReferenceWithoutALocalValue() throws Exception {
        LocalRuntime dryRun = new LocalRuntime(LocalProject.load(TestProjects.render(Path.of(
                "examples/twilio-sms/integration.yaml"))), Secrets.of(Map.of("ssm:/twilio_sid", "AC1"), Map.of()),
                new LocalRuntime.Options(mock.uri(), true, timing));

        LocalRuntime.Response response = dryRun.invoke(new LocalRuntime.Request("POST", "/sms",
                Map.of("Content-Type", "application/json"), Map.of(), "{\"sendsms\": {\"To\": \"+1\"}}"), log::add);

        assertThat(response.dryRun()).isTrue();
        assertThat(log).anyMatch(line -> line.startsWith("dry run: no local value for ssm:/twilio_secret (set"
                + " SAMHTTP_SSM_TWILIO_SECRET"));
        assertThat(log).noneMatch(line -> line.contains("no local value for ssm:/twilio_sid"));
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void aRouteNeedsTheSecretsOfItsOwnConnectionOnly() throws Exception {
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(TestProjects.render(Path.of(
                "examples/production-ready/integration.yaml"))), Secrets.of(Map.of(
                "secretsmanager:orders/api:SecretString:key", "orders-key"), Map.of()),
                new LocalRuntime.Options(mock.uri(), false, timing));
        mock.answer(Answer.json(200, "{\"id\": \"42\"}"));

        LocalRuntime.Response order = runtime.invoke(new LocalRuntime.Request("GET", "/order/42", Map.of(), Map.of(),
                ""), log::add);

        assertThat(order.status()).isEqualTo(200);
        assertThat(mock.received().get(0).header("x-api-key")).isEqualTo("orders-key");
        assertThatThrownBy(() -> runtime.invoke(new LocalRuntime.Request("POST", "/charges",
                Map.of("Content-Type", "application/json"), Map.of(), "{\"amount\": 1}"), log::add))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("secretsmanager:stripe/api:SecretString:secret_key: no local value");
    }

    @Test
    void theOAuthExampleSendsItsConnectionParameters() throws Exception {
        mock.answer(Answer.json(200, "{\"access_token\": \"tok-9\"}"),
                Answer.json(201, "{\"data\": {\"id\": 1}, \"meta\": {}}"));

        LocalRuntime.Response response = postContact("{\"contact\": {\"n\": 1}}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(JSON.readTree(response.body())).as("only responseBody's part").isEqualTo(JSON.readTree("{\"id\": 1}"));
        MockThirdParty.Received call = mock.received().get(1);
        assertThat(call.pathAndQuery()).isEqualTo("/v2/contacts?api-version=2024-06-01");
        assertThat(call.header("X-Tenant")).isEqualTo("acme");
        assertThat(call.header("Authorization")).isEqualTo("Bearer tok-9");
        assertThat(mock.received().get(0).bodyText())
                .isEqualTo("grant_type=client_credentials&scope=contacts.write%20contacts.read"
                        + "&audience=https%3A%2F%2Fapi.example-crm.com");
    }

    @Test
    void aDryRunShowsTheRequestWithSecretsMaskedAndSendsNothing() throws Exception {
        LocalRuntime dryRun = new LocalRuntime(LocalProject.load(seed()), Secrets.of(SECRETS, Map.of()),
                new LocalRuntime.Options(null, true, timing));

        LocalRuntime.Response response = dryRun.invoke(new LocalRuntime.Request("POST", "/sms", Map.of(), Map.of(),
                sms("Hi there")), log::add);

        assertThat(response.dryRun()).isTrue();
        assertThat(response.body()).startsWith("POST https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\n")
                .contains("Authorization: Basic ****\n", "content-type: application/x-www-form-urlencoded\n")
                .endsWith("\nTo=%2B15551234567&From=%2B15557654321&Body=Hi%20there");
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void aDryRunWithoutLocalValuesShowsWhichVariableWouldSetEach() throws Exception {
        LocalRuntime dryRun = new LocalRuntime(LocalProject.load(seed()), Secrets.of(Map.of(), Map.of()),
                new LocalRuntime.Options(null, true, timing));

        LocalRuntime.Response response = dryRun.invoke(new LocalRuntime.Request("POST", "/sms", Map.of(), Map.of(),
                sms("Hi there")), log::add);

        assertThat(response.dryRun()).isTrue();
        assertThat(response.body()).startsWith("POST https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\n")
                .contains("Authorization: Basic ****\n").doesNotContain("SAMHTTP_SSM_TWILIO_SECRET");
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void missingCredentialsSayWhereToPutThem() throws Exception {
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(seed()), Secrets.of(Map.of(), Map.of()),
                new LocalRuntime.Options(mock.uri(), false, timing));

        assertThatThrownBy(() -> runtime.invoke(new LocalRuntime.Request("POST", "/sms", Map.of(), Map.of(), "{}"),
                log::add))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("ssm:/twilio_secret: no local value. Fix: add <server><id>ssm:/twilio_secret</id>"
                        + "<password>...</password></server> to your Maven settings.xml, or set the environment"
                        + " variable SAMHTTP_SSM_TWILIO_SECRET");
    }

    @Test
    void plainHttpOverridesAreOnlyForLoopback() {
        assertThatThrownBy(() -> io.github.samhttp.core.local.http.EndpointOverride.check(URI.create("http://10.0.0.5:8080")))
                .hasMessageContaining("plain http:// is allowed only to a loopback address");
        assertThatThrownBy(() -> io.github.samhttp.core.local.http.EndpointOverride.check(URI.create("http://127.0.0.1:8080/path")))
                .hasMessageContaining("has a path or query");
    }

    @Test
    void apiGatewayAnswersUnknownRoutesAndMediaTypesItself() throws Exception {
        LocalRuntime runtime = runtime(seed());
        assertThat(runtime.invoke(new LocalRuntime.Request("GET", "/sms", Map.of(), Map.of(), ""), log::add).status())
                .isEqualTo(403);
        assertThat(runtime.invoke(new LocalRuntime.Request("POST", "/sms", Map.of("content-type", "text/plain"),
                Map.of(), "hi"), log::add).status()).isEqualTo(415);
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void anOversizedInputIsRefusedByStartSyncExecution() throws Exception {
        String big = JSON.writeValueAsString(JSON.createObjectNode().put("a", "x".repeat(LocalRuntime.MAX_INPUT_BYTES)));

        LocalRuntime.Response response = post(variant("minimal"), "/twilio", big);

        assertThat(response.status()).isEqualTo(502);
        assertThat(log).anyMatch(l -> l.contains("ValidationException"));
        assertThat(mock.received()).isEmpty();
    }

    /** Every golden project as written on disk, and every test variant, generated. */
    static Stream<org.junit.jupiter.params.provider.Arguments> everyProject() throws Exception {
        List<org.junit.jupiter.params.provider.Arguments> projects = new ArrayList<>();
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path folder : golden.sorted().toList()) {
                projects.add(org.junit.jupiter.params.provider.Arguments.of("golden " + folder.getFileName(),
                        LocalProject.readFolder(folder)));
            }
        }
        TestProjects.variants().forEach(v -> projects.add(org.junit.jupiter.params.provider.Arguments.of(
                "variant " + v.get()[0], TestProjects.render(v.get()[1].toString()))));
        return projects.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProject")
    void everyGeneratedProjectRunsEndToEnd(String name, Map<String, byte[]> files) throws Exception {
        LocalProject project = LocalProject.load(files);
        if (project.eventTriggered()) {
            assertEventTriggeredProjectRuns(files, project);
            return;
        }
        LocalProject.Route route = project.routes().get(0);
        JsonNode task = project.stateMachines().values().iterator().next().path("States").path("Call third-party API");
        // The task reads the body part from the execution input, where the request template put the body at $.body.
        // A REST API's request template puts the body at $.body of the execution input; an HTTP API passes it whole.
        String taskPath = task.path("Parameters").path("RequestBody.$").asText(null);
        boolean rest = !route.integration().path("type").asText().equals("aws_proxy");
        String bodyPath = taskPath == null ? "$" : rest ? "$" + taskPath.substring("$.body".length()) : taskPath;
        String body = TestProjects.bodyAt(bodyPath, JSON.readTree("{\"key\": \"it's \\\"v\\\" \u00e9\"}"));
        // The same answer serves an OAuth token request (access_token) and the call itself.
        // ... and holds the answer at $.data as well, for a responseBody of $.data.
        String answer = "{\"access_token\": \"t-1\", \"answer\": [1, \"two\"], \"data\": {\"answer\": [1, \"two\"]}}";
        mock.answer(Answer.json(200, answer));
        boolean oauth = project.connections().values().iterator().next().path("AuthorizationType").asText()
                .equals("OAUTH_CLIENT_CREDENTIALS");

        LocalRuntime runtime = runtime(files);
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request(route.method(),
                route.path().replaceAll("\\{[^}]*}", "42"), Map.of(), Map.of(), body), log::add);
        // An ASYNC route: once its execution ended, its status route answers as a synchronous route would.
        LocalRuntime.Response status = runtime.statusAnswer(response, Map.of(), log::add);
        response = status == null ? response : status;
        if (route.bodySchema() != null) {
            // This generic body does not match the project's request schema (its own tests send ones that do).
            assertThat(response.status()).isEqualTo(400);
            assertThat(mock.received()).isEmpty();
            return;
        }

        assertThat(response.status()).isEqualTo(200);
        JsonNode answered = JSON.readTree(response.body());
        if (route.integration().path("type").asText().equals("aws_proxy")) {
            // An HTTP API answers StartSyncExecution's result: the state machine's {statusCode, body} is its output.
            assertThat(answered.path("status").asText()).as(response.body()).isEqualTo("SUCCEEDED");
            JsonNode output = JSON.readTree(answered.path("output").asText());
            assertThat(output.path("statusCode").asInt()).isEqualTo(200);
            answered = JSON.readTree(output.path("body").asText());
        }
        // (The token in it is masked: a secret never prints, even inside an answer.)
        assertThat(answered.path("answer")).isEqualTo(JSON.readTree("[1, \"two\"]"));
        assertThat(mock.received()).hasSize(oauth ? 2 : 1);
        assertThat(mock.received().get(mock.received().size() - 1).method()).isEqualTo(route.method());
        if (oauth) {
            assertThat(mock.received().get(1).header("Authorization")).isEqualTo("Bearer t-1");
        }
    }

    /** An event is the whole input: the request body part sits where requestBody says, from the input's root. */
    void assertEventTriggeredProjectRuns(Map<String, byte[]> files, LocalProject project) throws Exception {
        JsonNode task = project.stateMachines().values().iterator().next().path("States").path("Call third-party API");
        String event = TestProjects.bodyAt(task.path("Parameters").path("RequestBody.$").asText("$"),
                JSON.readTree("{\"key\": \"it's \\\"v\\\" \u00e9\"}"));
        mock.answer(Answer.json(200, "{\"ok\": true}"));

        LocalRuntime.Response response = runtime(files).startExecution(event, log::add);

        assertThat(response.status()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(JSON.readTree(result.path("output").asText()).path("statusCode").asInt()).isEqualTo(200);
        assertThat(mock.received()).hasSize(1);
    }

    static Map<String, byte[]> variant(String name) {
        return TestProjects.render(TestProjects.variants().filter(a -> a.get()[0].equals(name)).findFirst()
                .orElseThrow().get()[1].toString());
    }
}
