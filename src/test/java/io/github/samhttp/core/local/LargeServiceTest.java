package io.github.samhttp.core.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.aws.SamTransform;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.read.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole partner API in one descriptor: 300 integrations (API Gateway's default quota) generate a root stack and
 * nested stacks that each fit CloudFormation's limits counted after the SAM transform, every route answers through
 * the local runtime, a 301st is refused with the quota named, and adding an integration moves no other one.
 */
class LargeServiceTest {

    static final YAMLMapper YAML = new YAMLMapper();

    @AutoClose
    final MockThirdParty mock = MockThirdParty.started();

    static Map<String, byte[]> render(String descriptor) throws SamHttpException {
        return TestProjects.generate(descriptor);
    }

    static Map<String, JsonNode> templates(Map<String, byte[]> files) throws Exception {
        Map<String, JsonNode> templates = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".yaml") && !file.getKey().equals("api.yaml")) {
                templates.put(file.getKey(), YAML.readTree(file.getValue()));
            }
        }
        return templates;
    }

    @ParameterizedTest(name = "HTTP API: {0}")
    @ValueSource(booleans = {false, true})
    void threeHundredIntegrationsFitEveryStackLimitAfterTheTransform(boolean httpApi) throws Exception {
        Map<String, byte[]> files = render(TestProjects.largeService(300, httpApi));
        Map<String, JsonNode> templates = templates(files);

        assertThat(templates).containsKey("template.yaml").hasSizeGreaterThan(2);
        int machines = 0;
        for (Map.Entry<String, JsonNode> template : templates.entrySet()) {
            JsonNode tree = template.getValue();
            assertThat(SamTransform.count(tree)).as(template.getKey()).isLessThanOrEqualTo(500);
            assertThat(tree.path("Outputs").size()).as(template.getKey()).isLessThanOrEqualTo(200);
            assertThat(tree.path("Parameters").size()).as(template.getKey()).isLessThanOrEqualTo(200);
            assertThat(files.get(template.getKey()).length).as(template.getKey()).isLessThan(1_048_576);
            for (JsonNode resource : tree.path("Resources")) {
                machines += resource.path("Type").asText().equals("AWS::Serverless::StateMachine") ? 1 : 0;
            }
        }
        assertThat(machines).isEqualTo(300);
        // The root keeps the API and the shared connections once; the state machines are all nested.
        JsonNode root = templates.get("template.yaml");
        List<String> rootTypes = new ArrayList<>();
        root.path("Resources").forEach(r -> rootTypes.add(r.path("Type").asText()));
        assertThat(rootTypes).doesNotContain("AWS::Serverless::StateMachine")
                .filteredOn("AWS::Events::Connection"::equals).hasSize(3);
        // As CloudFormation processes the root: the API body included, in compact JSON.
        long processed = JsonText.compact(root).length() + JsonText.compact(YAML.readTree(files.get("api.yaml")))
                .getBytes(StandardCharsets.UTF_8).length;
        assertThat(processed).isLessThan(1_048_576);
    }

    static String withCors(String descriptor) {
        return descriptor.replace("name: partner-hub\n", "name: partner-hub\ncors:\n  allowOrigins:"
                + " [https://app.example.com, https://admin.example.com]\n");
    }

    @Test
    void withCorsTwoHundredFiftyRoutesFitAndThreeHundredAreRefusedByTheProcessedTemplatesLimit() throws Exception {
        // CORS adds a preflight method per path and its headers to every answer: about 3.9 KB a route, where the
        // answer templates, CORS part included, are shared (their origins are known now).
        Map<String, byte[]> files = render(withCors(TestProjects.largeService(250, false)));
        JsonNode root = YAML.readTree(files.get("template.yaml"));
        long processed = JsonText.compact(root).length() + JsonText.compact(YAML.readTree(files.get("api.yaml")))
                .getBytes(StandardCharsets.UTF_8).length;

        assertThat(processed).isLessThan(1_048_576);
        assertThat(root.path("Mappings").path("MappingTemplates").toString()).contains("https://app.example.com");
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(files), Secrets.of(LocalRuntimeTest.SECRETS,
                Map.of()), new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()));
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request("POST", "/op-249", Map.of(
                "Origin", "https://admin.example.com"), Map.of(), "{}"), line -> { });
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Access-Control-Allow-Origin", "https://admin.example.com");

        assertThatThrownBy(() -> render(withCors(TestProjects.largeService(300, false))))
                .hasMessageContaining("template.yaml: ").hasMessageContaining("bytes once CloudFormation has"
                        + " included the API body (compact JSON), over its limit of 1048576 for a processed template");
    }

    @ParameterizedTest(name = "HTTP API: {0}")
    @ValueSource(booleans = {false, true})
    void everyRouteOfThreeHundredAnswersThroughTheLocalRuntime(boolean httpApi) throws Exception {
        Map<String, byte[]> files = render(TestProjects.largeService(300, httpApi));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(files), Secrets.of(LocalRuntimeTest.SECRETS, Map.of()),
                new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()));
        mock.answer(Answer.json(200, "{\"ok\": true}"));
        List<String> log = new ArrayList<>();
        int called = 0;
        for (int i = 1; i <= 300; i++) {
            String name = String.format("op-%03d", i);
            boolean pathParameter = i % 5 == 0 && !httpApi;
            String path = "/" + name + (pathParameter ? "/item%2042" : "");
            LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request(pathParameter ? "GET" : "POST",
                    path, Map.of("Content-Type", "application/json", "X-Request-Id", "r-" + i), Map.of("page", "2"),
                    pathParameter ? "" : "{\"n\": " + i + "}"), log::add);
            LocalRuntime.Response status = runtime.statusAnswer(response, Map.of(), log::add);
            LocalRuntime.Response answer = status != null ? status : response;
            assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            // A REST API answers the third party's body; an HTTP API, StartSyncExecution's result that holds it.
            assertThat(answer.body()).as(path).isEqualTo(httpApi ? answer.body() : "{\"ok\":true}")
                    .contains(httpApi ? "\"status\":\"SUCCEEDED\"" : "ok");
            MockThirdParty.Received call = mock.received().get(called++);
            String expected = (i % 17 == 0 ? "/acme" : "") + "/v1/" + name + (pathParameter ? "/item%2042" : "");
            assertThat(call.pathAndQuery()).as(path).startsWith(expected);
            String credential = switch (i % 3) {
                case 0 -> "Bearer partner-key";
                case 1 -> "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "billing-user:billing-pass".getBytes(StandardCharsets.UTF_8));
                default -> "mail-key";
            };
            assertThat(call.header(i % 3 == 2 ? "x-api-key" : "Authorization")).as(path).isEqualTo(credential);
            if (i % 7 == 0 && !httpApi) {
                assertThat(call.header("X-Request-Id")).as(path).isEqualTo("r-" + i);
            }
            if (i % 11 == 0 && !httpApi) {
                assertThat(call.pathAndQuery()).as(path).contains("page=2");
            }
        }
        assertThat(called).isEqualTo(300);
    }

    @Test
    void a301stIntegrationIsRefusedWithTheQuotaNamed() {
        assertThatThrownBy(() -> render(TestProjects.largeService(301, false)))
                .isInstanceOf(SamHttpException.class)
                .hasMessageContaining("integrations")
                .hasMessageContaining("301 entries")
                .hasMessageContaining("API Gateway's default quotas: 300 routes per HTTP API, and 300 resources per"
                        + " REST API, which 300 routes already reach")
                .hasMessageContaining("Fix: keep at most 300: split them over two descriptors (two APIs)");
    }

    @Test
    void addingAnIntegrationMovesNoOtherOne() throws Exception {
        String all = TestProjects.largeService(300, false);
        // The same service without op-150: what adding it (or removing it) changes.
        String without = all.replaceAll("(?s)  op-150:\n(    [^\n]*\n)+", "");
        assertThat(without).doesNotContain("op-150").contains("op-151");
        Map<String, byte[]> before = render(without);
        Map<String, byte[]> after = render(all);
        Map<String, JsonNode> beforeTemplates = templates(before);
        Map<String, JsonNode> afterTemplates = templates(after);

        String home = io.github.samhttp.core.model.LogicalIds.integrationsStack("op-150");
        String homeFile = home.replaceAll("([a-z])([0-9])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + ".yaml";
        assertThat(afterTemplates.keySet()).isEqualTo(beforeTemplates.keySet());
        for (String file : afterTemplates.keySet()) {
            if (file.equals("template.yaml")) {
                continue;
            }
            if (file.equals(homeFile)) {
                // Its stack gains its resources and outputs; every resource there before is there, unchanged but for
                // the role the API starts the stack's state machines with and the dashboard (one more each), updated in
                // place.
                JsonNode was = beforeTemplates.get(file).path("Resources");
                JsonNode is = afterTemplates.get(file).path("Resources");
                for (Iterator<Map.Entry<String, JsonNode>> it = was.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> resource = it.next();
                    assertThat(is.has(resource.getKey())).as(resource.getKey()).isTrue();
                    if (!List.of("ApiRole", "Dashboard").contains(resource.getKey())) {
                        assertThat(is.get(resource.getKey())).as(resource.getKey()).isEqualTo(resource.getValue());
                    }
                }
                assertThat(is.fieldNames()).toIterable().contains("StateMachineOp150", "StateMachineOp150LogGroup");
            } else {
                assertThat(new String(after.get(file), StandardCharsets.UTF_8)).as(file)
                        .isEqualTo(new String(before.get(file), StandardCharsets.UTF_8));
            }
        }
        // In the root, the only change is op-150's stack: its Location and Parameters are as they were.
        JsonNode was = beforeTemplates.get("template.yaml").path("Resources");
        JsonNode is = afterTemplates.get("template.yaml").path("Resources");
        assertThat(is).isEqualTo(was);
    }

    @Test
    void fiftyIntegrationsStayInOneStackAndFiftyOneNest() throws Exception {
        assertThat(templates(render(TestProjects.largeService(50, false)))).containsOnlyKeys("template.yaml");
        Map<String, JsonNode> nested = templates(render(TestProjects.largeService(51, false)));
        assertThat(nested).containsKey("template.yaml").hasSizeGreaterThan(2);
        nested.get("template.yaml").path("Resources").forEach(r -> assertThat(r.path("Type").asText())
                .isNotEqualTo("AWS::Serverless::StateMachine"));
    }

    @Test
    void nestedStacksTrueNestsASmallServiceAndItsRoutesRun() throws Exception {
        Map<String, byte[]> files = render(TestProjects.largeService(3, false).replace("name: partner-hub\n",
                "name: partner-hub\nnestedStacks: true\n"));
        assertThat(templates(files)).containsKey("template.yaml").hasSizeGreaterThan(1);
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(files), Secrets.of(LocalRuntimeTest.SECRETS,
                Map.of()), new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()));
        mock.answer(Answer.json(201, "{\"id\": 2}"));
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request("POST", "/op-002", Map.of(),
                Map.of(), "{}"), line -> { });
        assertThat(response.status()).isEqualTo(201);
        assertThat(mock.received().get(0).pathAndQuery()).isEqualTo("/v1/op-002");
    }

    @Test
    void withNestedStacksTheFiftyFirstIntegrationMovesNoOther() throws Exception {
        String nested = "name: partner-hub\nnestedStacks: true\n";
        Map<String, byte[]> fifty = render(TestProjects.largeService(50, false).replace("name: partner-hub\n", nested));
        Map<String, byte[]> fiftyOne = render(TestProjects.largeService(51, false).replace("name: partner-hub\n",
                nested));
        String home = io.github.samhttp.core.model.LogicalIds.integrationsStack("op-051");
        for (String file : templates(fifty).keySet()) {
            if (!file.equals("template.yaml") && !file.replace("-", "").equalsIgnoreCase(home + ".yaml")) {
                assertThat(new String(fiftyOne.get(file), StandardCharsets.UTF_8)).as(file)
                        .isEqualTo(new String(fifty.get(file), StandardCharsets.UTF_8));
            }
        }
        // Without the key, the 51st moves all: the first 50 were in the root.
        assertThat(templates(render(TestProjects.largeService(50, false)))).containsOnlyKeys("template.yaml");
    }

    @Test
    void nestedStacksFalseIsRefusedOverFiftyIntegrations() {
        assertThatThrownBy(() -> render(TestProjects.largeService(51, false).replace("name: partner-hub\n",
                "name: partner-hub\nnestedStacks: false\n")))
                .hasMessageContaining("field 'nestedStacks': 51 integrations do not fit one stack")
                .hasMessageContaining("Fix: remove 'nestedStacks: false'");
    }

    @Test
    void aServiceNearFiftyIntegrationsIsToldToNestBeforeItGrows() throws Exception {
        assertThat(TestProjects.warnings(TestProjects.largeService(45, false)))
                .anyMatch(w -> w.contains("add 'nestedStacks: true' now"));
        assertThat(TestProjects.warnings(TestProjects.largeService(40, false)))
                .noneMatch(w -> w.contains("nestedStacks"));
        assertThat(TestProjects.warnings(TestProjects.largeService(51, false)))
                .anyMatch(w -> w.contains("say so with 'nestedStacks: true'"));
        assertThat(TestProjects.warnings(TestProjects.largeService(45, false).replace("name: partner-hub\n",
                "name: partner-hub\nnestedStacks: false\n"))).noneMatch(w -> w.contains("nestedStacks"));
    }
}
