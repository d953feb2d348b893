package io.github.samhttp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.documents.Cfn;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.ConnectionAuth;
import io.github.samhttp.core.model.Credential;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.RetryPolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptorValidationTest {

    static final String ENDPOINT = "endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\n";
    static final String AUTH = "auth:\n  type: BASIC\n  username: ssm:/twilio_sid\n  password: ssm:/twilio_secret\n";
    static final String MINIMAL = ENDPOINT + "method: POST\n" + AUTH;

    @Test
    void theSixLinesOfTheIssueAreEnoughAndGetSafeDefaults() {
        Integration integration = TestProjects.model(MINIMAL);

        assertThat(integration.name()).isEqualTo("twilio");
        assertThat(TestProjects.service(MINIMAL).settings().stage()).isEqualTo("dev");
        assertThat(integration.path()).isEqualTo("/twilio");
        assertThat(integration.requestBody()).isEqualTo("$");
        assertThat(integration.encoding()).isEqualTo(Encoding.JSON);
        assertThat(TestProjects.service(MINIMAL).settings().apiAuth()).isEqualTo(ApiAuth.API_KEY);
        assertThat(integration.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(integration.timeoutSeconds()).isEqualTo(8);
        assertThat(integration.headers()).isEmpty();
        assertThat(integration.connection().auth()).isEqualTo(new ConnectionAuth.Basic(
                new Credential.SsmParameter("/twilio_sid", null), new Credential.SsmParameter("/twilio_secret", null)));
    }

    @Test
    void referencesBecomeDynamicReferences() {
        assertThat(Cfn.credential(new Credential.SsmParameter("/a/b", "3"))).isEqualTo("{{resolve:ssm:/a/b:3}}");
        Integration integration = TestProjects.model(ENDPOINT + "method: GET\nauth:\n  type: API_KEY\n"
                + "  header: x-api-key\n  value: secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:k-Ab:SecretString:key\n");
        assertThat(Cfn.credential(((ConnectionAuth.ApiKey) integration.connection().auth()).value()))
                .isEqualTo("{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:k-Ab:SecretString:key}}");
        assertThat(integration.requestBody()).isNull();
    }

    static Stream<Arguments> badDescriptors() {
        return Stream.of(
                Arguments.of("unknown key with a suggestion", MINIMAL + "methdo: POST\n",
                        "integration.yaml:7:1: field 'methdo': unknown key; got 'methdo'. Fix: did you mean 'method'?"),
                Arguments.of("bad method", ENDPOINT + "method: POSTT\n" + AUTH,
                        "integration.yaml:2:9: field 'method': not one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD;"
                                + " got 'POSTT'. Fix: did you mean 'POST'?"),
                Arguments.of("lowercase method", ENDPOINT + "method: post\n" + AUTH,
                        "integration.yaml:2:9: field 'method': not one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD;"
                                + " got 'post'. Fix: write it in capitals: 'POST'"),
                Arguments.of("missing endpoint", "method: POST\n" + AUTH,
                        "integration.yaml:1:1: field 'endpoint': missing. Fix: add 'endpoint:' e.g. 'endpoint: https://"),
                Arguments.of("plain http", "endpoint: http://api.twilio.com/x\nmethod: POST\n" + AUTH,
                        "integration.yaml:1:11: field 'endpoint': only https:// endpoints are allowed"),
                Arguments.of("query string", "endpoint: https://api.x.com/a?b=c\nmethod: POST\n" + AUTH,
                        "field 'endpoint': the URL has a query string; got 'https://api.x.com/a?b=c'. Fix: remove everything"
                                + " from '?' on and write the parameters under 'query:'"),
                Arguments.of("ssm-secure", MINIMAL.replace("ssm:/twilio_secret", "ssm-secure:/twilio_secret"),
                        "integration.yaml:6:13: field 'auth.password': CloudFormation cannot resolve ssm-secure"
                                + " references in an AWS::Events::Connection"),
                Arguments.of("literal secret", MINIMAL.replace("ssm:/twilio_secret", "hunter2"),
                        "integration.yaml:6:13: field 'auth.password': a secret must not be written in the descriptor;"
                                + " got '(hidden)'. Fix: store it in SSM Parameter Store or Secrets Manager"),
                Arguments.of("bad ssm name", MINIMAL.replace("ssm:/twilio_secret", "ssm:/bad name"),
                        "field 'auth.password': not a valid SSM parameter reference; got 'ssm:/bad name'"),
                Arguments.of("bad secretsmanager", MINIMAL.replace("ssm:/twilio_secret", "secretsmanager:only-id"),
                        "field 'auth.password': not a valid Secrets Manager reference; got 'secretsmanager:only-id'."
                                + " Fix: write secretsmanager:secret-id:SecretString:json-key"),
                Arguments.of("forbidden header", MINIMAL + "headers:\n  Authorization: Bearer x\n",
                        "integration.yaml:8:3: field 'headers.Authorization': the Step Functions HTTP Task may not set"
                                + " this header"),
                Arguments.of("forbidden header prefix", MINIMAL + "headers:\n  X-Amz-Date: x\n",
                        "field 'headers.X-Amz-Date': the Step Functions HTTP Task may not set this header"),
                Arguments.of("path in header name", MINIMAL + "headers:\n  X-A.$: $.x\n",
                        "field 'headers.X-A.$': not a name 'headers' takes; got 'X-A.$'"),
                Arguments.of("placeholder in header", MINIMAL + "headers:\n  X-A: \"${ConnectionArn}\"\n",
                        "field 'headers.X-A': '${' would be read as a reference"),
                Arguments.of("dynamic reference in header", MINIMAL + "headers:\n  X-A: \"{{resolve:ssm:/x}}\"\n",
                        "field 'headers.X-A': '{{' would be read as a CloudFormation dynamic reference"),
                Arguments.of("non-ASCII header value", MINIMAL + "headers:\n  X-A: \"caf\u00e9\"\n",
                        "field 'headers.X-A': a header value must be printable ASCII"),
                Arguments.of("number header", MINIMAL + "headers:\n  X-Count: 5\n",
                        "field 'headers.X-Count': must be text; YAML reads 5 as a number; got '5'. Fix: quote it: X-Count: \"5\""),
                Arguments.of("duplicate key", MINIMAL + "method: GET\n",
                        "integration.yaml:7:1: field 'method': the key appears twice (first at line 2)"),
                Arguments.of("yaml syntax", MINIMAL + "path: [unclosed\n",
                        "integration.yaml:7:7: the file is not valid YAML (while parsing a flow sequence that starts here"),
                Arguments.of("not a mapping", "- a\n- b\n",
                        "integration.yaml:1:1: the descriptor must be a YAML mapping"),
                Arguments.of("empty", "", "integration.yaml:1:1: the descriptor is empty"),
                Arguments.of("alias", "x: &a POST\n" + ENDPOINT + "method: *a\n" + AUTH,
                        "field 'method': YAML aliases are not supported"),
                Arguments.of("bad name", MINIMAL + "name: Twilio_SMS\n",
                        "integration.yaml:7:7: field 'name': not a valid name; got 'Twilio_SMS'"),
                Arguments.of("bad path", MINIMAL + "path: sms\n", "field 'path': not a valid path; got 'sms'"),
                Arguments.of("body on GET", ENDPOINT + "method: GET\n" + AUTH + "requestBody: $.x\n",
                        "field 'requestBody': a GET request to the third party carries no body"),
                Arguments.of("bad body path", MINIMAL + "requestBody: $..x[0]\n",
                        "field 'requestBody': not a valid requestBody; got '$..x[0]'"),
                Arguments.of("timeout too long", MINIMAL + "timeoutSeconds: 60\n",
                        "field 'timeoutSeconds': must be a whole number from 1 to 27 behind an API"),
                Arguments.of("retry typo", MINIMAL + "retry:\n  maxAttempt: 2\n",
                        "field 'retry.maxAttempt': unknown key; got 'maxAttempt'. Fix: did you mean 'maxAttempts'?"),
                Arguments.of("bad auth type", MINIMAL.replace("BASIC", "BASICS"),
                        "field 'auth.type': not one of BASIC, API_KEY, OAUTH_CLIENT_CREDENTIALS; got 'BASICS'. Fix: did you"
                                + " mean 'BASIC'?"),
                Arguments.of("missing password", ENDPOINT + "method: POST\nauth:\n  type: BASIC\n  username: ssm:/u\n",
                        "integration.yaml:3:1: field 'auth.password': missing"),
                Arguments.of("url encoded GET", ENDPOINT + "method: GET\n" + AUTH + "encoding: URL_ENCODED\n",
                        "field 'encoding': a GET request has no body to encode"),
                Arguments.of("content-type with url encoding", MINIMAL + "encoding: URL_ENCODED\nheaders:\n"
                        + "  Content-Type: text/plain\n", "field 'headers.Content-Type': with 'encoding: URL_ENCODED'"),
                Arguments.of("oauth over http", ENDPOINT + "method: POST\nauth:\n  type: OAUTH_CLIENT_CREDENTIALS\n"
                        + "  tokenEndpoint: http://auth.x.com/token\n  clientId: c\n  clientSecret: ssm:/s\n",
                        "integration.yaml:5:18: field 'auth.tokenEndpoint': only https:// endpoints are allowed"),
                Arguments.of("oauth method", ENDPOINT + "method: POST\nauth:\n  type: OAUTH_CLIENT_CREDENTIALS\n"
                        + "  tokenEndpoint: https://auth.x.com/token\n  httpMethod: DELETE\n  clientId: c\n"
                        + "  clientSecret: ssm:/s\n", "field 'auth.httpMethod': not one of GET, POST, PUT; got"
                        + " 'DELETE'"),
                Arguments.of("oauth literal secret", ENDPOINT + "method: POST\nauth:\n  type: OAUTH_CLIENT_CREDENTIALS\n"
                        + "  tokenEndpoint: https://auth.x.com/token\n  clientId: c\n  clientSecret: sekrit\n",
                        "field 'auth.clientSecret': a secret must not be written in the descriptor; got '(hidden)'"),
                Arguments.of("oauth scope", ENDPOINT + "method: POST\nauth:\n  type: OAUTH_CLIENT_CREDENTIALS\n"
                        + "  tokenEndpoint: https://auth.x.com/token\n  clientId: c\n  clientSecret: ssm:/s\n"
                        + "  scopes: [read, \"two words\"]\n", "field 'auth.scopes.1': not a valid item of 'scopes'; got 'two words'"),
                Arguments.of("bad apiAuth", MINIMAL + "apiAuth: OPEN\n",
                        "field 'apiAuth': not one of API_KEY, IAM, NONE; got 'OPEN'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDescriptors")
    void badDescriptorsFailWithLocationFieldValueAndFix(String title, String yaml, String expected) {
        List<String> problems = TestProjects.problems(yaml);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains(expected));
        assertThat(problems).allSatisfy(p -> assertThat(p).matches("integration\\.yaml:\\d+:\\d+: .*Fix: .*"));
    }

    @Test
    void aValueRefusedByTheGateIsNotReportedAgainByTheShapeCheck() {
        assertThat(TestProjects.problems(MINIMAL + "stage: \"${Stage}\"\n")).hasSize(1);
        assertThat(TestProjects.problems(MINIMAL + "\"{{resolve:ssm:/k}}\": x\n")).hasSize(1);
        assertThat(TestProjects.problems(MINIMAL + "tags:\n  team: \"{{resolve:ssm:/t}}\"\n")).hasSize(1);
    }

    /** A typo inside an integration is reported there, and the integration still counts as using its connection. */
    @Test
    void aWrongKeyInsideAnIntegrationLeavesTheRestOfItChecked() {
        List<String> problems = TestProjects.problems("name: notifications\nconnections:\n  twilio:\n    type: BASIC\n"
                + "    username: ssm:/sid\n    password: ssm:/secret\nintegrations:\n  send-sms:\n"
                + "    endpoint: https://api.twilio.com/x\n    methdo: POST\n    connection: twilio\n"
                + "    headers:\n      X-Api-Key: abcdef123456\n");

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("field 'integrations.send-sms.methdo': unknown"
                + " key; got 'methdo'. Fix: did you mean 'method'?"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("field 'integrations.send-sms.headers.X-Api-Key':"
                + " 'X-Api-Key' names a credential"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("no integration uses this connection"));
        // The typo is the problem; the key it stands for is not reported missing as well.
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("field 'integrations.send-sms.method': missing"));
        assertThat(TestProjects.problems(ENDPOINT + "method\u00a0: POST\n" + AUTH)).hasSize(1);
    }

    /** Well-known credential formats are refused as plain values wherever they stand, under any name. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sk_live_51HxYzAbCdEfGhIjKl", "rk_test_0123456789abcd",
        "SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678", "xoxb-123456789012-abcdefABCDEF",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789", "AKIAIOSFODNN7EXAMPLE", "0123456789abcdef0123456789abcdef",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv", "sk-proj-abcdefghijklmnopqrstuvwxyz",
        "key-3ax6xnjp29jd6fds4gc373sgvjxteol0", "0123456789abcdef0123456789abcdef-us21",
        "glpat-abcdefghijklmnopqrst", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "shpat_0123456789abcdef0123456789abcdef",
        "pat-na1-01234567-89ab-cdef-0123-456789abcdef", "Bearer abcdefghijklmnop",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig"})
    void aWellKnownCredentialIsRefusedAsAPlainValue(String credential) {
        assertThat(TestProjects.problems(MINIMAL + "headers:\n  X-Account: \"" + credential + "\"\n"))
                .anySatisfy(p -> assertThat(p).contains("field 'headers.X-Account': the value has the shape of"));
        assertThat(TestProjects.problems(MINIMAL.replace("username: ssm:/twilio_sid", "username: \"" + credential
                + "\""))).anySatisfy(p -> assertThat(p).contains("field 'auth.username': the value has the shape of"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Idempotency-Key", "X-Request-Id", "page_token",
        "next_token", "X-Api-Version", "Accept"})
    void namesThatOnlyLookLikeCredentialsAreAccepted(String name) {
        assertThat(TestProjects.problems(MINIMAL + "headers:\n  " + name + ": \"v1\"\n")).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(TestProjects.problems("endpoint: http://x\nmethod: FETCH\nauth:\n  type: BASIC\n")).hasSize(4);
    }

    @Test
    void binaryAndNonUtf8FilesAreRejected() {
        List<Problem> problems = new ArrayList<>();
        TestProjects.integration("f.yaml", new byte[] {'a', 0, 'b'}, problems, new ArrayList<>());
        TestProjects.integration("f.yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'}, problems, new ArrayList<>());
        assertThat(problems).extracting(Problem::problem)
                .containsExactly("the file is binary, not YAML text", "the file is not UTF-8 text");
    }

    @Test
    void openEndpointAndTooLongRetriesWarn() {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        TestProjects.integration("f.yaml", (MINIMAL + "apiAuth: NONE\ntimeoutSeconds: 20\n").getBytes(StandardCharsets.UTF_8),
                problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(Problem::field).containsExactly("auth.password", "apiAuth", "timeoutSeconds");
        assertThat(warnings.get(0).render("f.yaml")).isEqualTo("f.yaml:6:13: field 'auth.password': CloudFormation"
                + " reads only String parameters, so this secret is stored unencrypted in Parameter Store;"
                + " got 'ssm:/twilio_secret'. Fix: prefer secretsmanager:secret-id:SecretString:json-key");
    }

    @Test
    void corsWarnsOfPlainHttpOriginsAndOfMethodsItWouldNotAllow() {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        // GET, HEAD and POST need no mention: browsers allow them whatever the preflight lists.
        TestProjects.integration("f.yaml", (MINIMAL.replace("method: POST", "method: PUT") + "cors:\n"
                + "  allowOrigins: [http://localhost:3000, http://127.0.0.1:8080, http://app.localhost,"
                + " http://127.evil.example]\n  allowMethods: [GET]\n")
                .getBytes(StandardCharsets.UTF_8), problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).extracting(w -> w.render("f.yaml")).filteredOn(w -> w.contains("cors")).containsExactly(
                "f.yaml:8:86: field 'cors.allowOrigins.3': a page served over plain HTTP can be altered by anyone on"
                        + " its network, who may then call the API as this origin; got 'http://127.evil.example'."
                        + " Fix: allow its https:// origin instead",
                "f.yaml:9:17: field 'cors.allowMethods': preflight answers do not allow PUT, so pages cannot call"
                        + " PUT /twilio; got 'GET'. Fix: add PUT, or remove 'allowMethods' to allow each"
                        + " path's own methods");
    }

    @Test
    void headersTheHttpTaskSendsItselfWarn() {
        List<String> rendered = new ArrayList<>();
        for (String extra : new String[] {"headers:\n  range: bytes=0-10\n", "forwardHeaders: [Range]\n"}) {
            List<Problem> problems = new ArrayList<>();
            List<Problem> warnings = new ArrayList<>();
            TestProjects.integration("f.yaml", (MINIMAL + extra).getBytes(StandardCharsets.UTF_8), problems, warnings);
            assertThat(problems).isEmpty();
            warnings.stream().map(w -> w.render("f.yaml")).filter(w -> w.contains("its own")).forEach(rendered::add);
        }
        assertThat(rendered).containsExactly(
                "f.yaml:8:10: field 'headers.range': the Step Functions HTTP Task sends its own range"
                        + " ('bytes=0-262144') in place of this one, so the third party never gets it; got"
                        + " 'bytes=0-10'. Fix: remove it",
                "f.yaml:7:18: field 'forwardHeaders.0': the Step Functions HTTP Task sends its own Range"
                        + " ('bytes=0-262144') in place of this one, so the third party never gets it; got 'Range'."
                        + " Fix: remove it");
    }
}
