package io.github.samhttp.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.Generator;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.documents.MappingTemplates;
import io.github.samhttp.core.local.LocalProject;
import io.github.samhttp.core.local.LocalRuntime;
import io.github.samhttp.core.local.MockThirdParty;
import io.github.samhttp.core.local.MockThirdParty.Answer;
import io.github.samhttp.core.local.Secrets;
import io.github.samhttp.core.local.VirtualTiming;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.lint.SecurityLint;
import io.github.samhttp.schema.CloudFormationSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random valid and hostile descriptors, 1,000 tries per property: generation succeeds or refuses cleanly, every
 * file parses and validates, output is deterministic, and every project runs through the local runtime.
 */
class GenerationProperties {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();
    static final Path FOR_CI = Path.of("target/generated-projects/property");
    static final AtomicInteger WRITTEN = new AtomicInteger();
    static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    static MockThirdParty mock;
    static CloudFormationSchemas schemas;

    @BeforeContainer
    static void start() throws Exception {
        mock = new MockThirdParty();
        schemas = new CloudFormationSchemas(Path.of(System.getProperty("samhttp.schemas", "../shared/schemas")));
        for (Path folder : List.of(FOR_CI, SERVICES_FOR_CI)) {
            if (Files.isDirectory(folder)) {
                try (var old = Files.walk(folder)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @AfterContainer
    static void stop() {
        mock.close();
    }

    @Provide
    Arbitrary<Map<String, Object>> descriptors() {
        return Descriptors.valid();
    }

    @Provide
    Arbitrary<Map<String, Object>> services() {
        return Descriptors.service();
    }

    /** Projects of the multi-integration form kept for .ci/validate-generated. */
    static final Path SERVICES_FOR_CI = Path.of("target/generated-projects/service");
    static final AtomicInteger SERVICES_WRITTEN = new AtomicInteger();

    /**
     * Every descriptor with 'integrations' generates files that parse and pass the schemas and the lint, with one
     * route, one state machine and one log group per integration, identical connections shared; every route runs
     * through the local runtime to its own third-party call.
     */
    @Property(tries = 200)
    void everyServiceGivesValidFilesAndEveryRouteRuns(@ForAll("services") Map<String, Object> descriptor)
            throws Exception {
        String yaml = Descriptors.yaml(descriptor);
        List<Problem> problems = new ArrayList<>();
        io.github.samhttp.core.model.Service service = TestProjects.service("integration.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());
        assertThat(problems).as("problems for\n" + yaml).isEmpty();
        Map<String, byte[]> files = TestProjects.files(service);
        // Byte-identical whatever the order of keys (the integrations keep theirs: it orders the routes).
        Map<String, byte[]> reordered = TestProjects.files(TestProjects.service("integration.yaml", Descriptors.yaml(
                Descriptors.shuffled(descriptor, new Random(yaml.hashCode()), true)).getBytes(StandardCharsets.UTF_8),
                new ArrayList<>(), new ArrayList<>()));
        assertThat(reordered.keySet()).containsExactlyElementsOf(files.keySet());
        files.forEach((path, bytes) -> assertThat(reordered.get(path)).as(path).isEqualTo(bytes));
        @SuppressWarnings("unchecked")
        Map<String, Object> integrations = (Map<String, Object>) descriptor.get("integrations");
        JsonNode template = YAML.readTree(files.get("template.yaml"));
        JsonNode api = YAML.readTree(files.get("api.yaml"));
        int machines = 0;
        int connections = 0;
        for (JsonNode resource : template.path("Resources")) {
            machines += resource.path("Type").asText().equals("AWS::Serverless::StateMachine") ? 1 : 0;
            connections += resource.path("Type").asText().equals("AWS::Events::Connection") ? 1 : 0;
        }
        assertThat(machines).isEqualTo(integrations.size());
        assertThat(connections).isEqualTo(service.connections().size()).isBetween(1, integrations.size());
        assertThat(files.keySet().stream().filter(f -> f.endsWith(".asl.json"))).hasSize(integrations.size());
        int routes = 0;
        for (JsonNode path : api.path("paths")) {
            for (JsonNode operation : path) {
                // Not a route of its own: a CORS preflight (mock), an ASYNC route's status route (DescribeExecution).
                JsonNode target = operation.path("x-amazon-apigateway-integration");
                routes += target.path("type").asText().equals("mock")
                        || target.path("uri").toString().contains("DescribeExecution") ? 0 : 1;
            }
        }
        assertThat(routes).isEqualTo(integrations.size());
        assertThat(SecurityLint.check(files, "NONE".equals(descriptor.get("apiAuth")))).isEmpty();
        assertThat(schemas.validate(template)).as("official SAM and CloudFormation schemas").isEmpty();
        int index = SERVICES_WRITTEN.getAndIncrement();
        if (index < 100) {
            Path project = SERVICES_FOR_CI.resolve(String.format("%04d", index));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.createDirectories(project.resolve(file.getKey()).getParent());
                Files.write(project.resolve(file.getKey()), file.getValue());
            }
        }

        mock.reset();
        mock.answer(Answer.json(200, "{\"access_token\": \"tok\", \"ok\": true, \"text\": \"x\"}"));
        LocalRuntime runtime = new LocalRuntime(LocalProject.load(files), reference -> Optional.of("s-"
                + Integer.toHexString(reference.hashCode())), new LocalRuntime.Options(mock.uri(), false,
                new VirtualTiming()));
        for (io.github.samhttp.core.model.Service.Member member : service.members()) {
            Integration integration = member.integration();
            mock.received().clear();
            @SuppressWarnings("unchecked")
            Map<String, Object> own = (Map<String, Object>) integrations.get(integration.name());
            LocalRuntime.Response response = settled(runtime, runtime.invoke(new LocalRuntime.Request(
                    integration.method().name(), integration.path().replaceAll("\\{[^}]*}", "v"), Map.of(), Map.of(),
                    body(own)), line -> { }));
            boolean httpApi = "HTTP_API".equals(descriptor.get("trigger"));
            if (httpApi) {
                response = restAnswer(response);
            }
            assertThat(response.status()).as(integration.name() + ": " + response.body()).isIn(200, 502);
            if (response.status() == 502) {
                assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("SamHttp.BadResponse");
            }
            MockThirdParty.Received call = mock.received().get(mock.received().size() - 1);
            assertThat(call.method()).isEqualTo(integration.method().name());
            if (descriptor.get("cors") instanceof Map<?, ?> cors) {
                assertPreflight(runtime, integration, (List<?>) cors.get("allowOrigins"));
            }
        }
    }

    /** A browser's preflight from an allowed origin: answered by API Gateway, no execution, the origin allowed. */
    private void assertPreflight(LocalRuntime runtime, Integration integration, List<?> origins) throws Exception {
        mock.received().clear();
        String origin = origins.contains("*") ? "https://any.example.org" : (String) origins.get(origins.size() - 1);
        LocalRuntime.Response preflight = runtime.invoke(new LocalRuntime.Request("OPTIONS",
                integration.path().replaceAll("\\{[^}]*}", "v"), Map.of("Origin", origin,
                "Access-Control-Request-Method", integration.method().name()), Map.of(), ""), line -> { });
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.headers().get("Access-Control-Allow-Origin"))
                .isEqualTo(origins.contains("*") ? "*" : origin);
        assertThat(preflight.headers().get("Access-Control-Allow-Headers")).startsWith("Content-Type");
        assertThat(mock.received()).isEmpty();
    }

    static Map<String, byte[]> generate(String yaml) {
        List<Problem> problems = new ArrayList<>();
        io.github.samhttp.core.model.Service service = TestProjects.service("integration.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());
        assertThat(problems).as("problems for\n" + yaml).isEmpty();
        return TestProjects.files(service);
    }

    @Property(tries = 1000)
    void everyValidDescriptorGivesFilesThatParse(@ForAll("descriptors") Map<String, Object> descriptor)
            throws Exception {
        Map<String, byte[]> files = generate(Descriptors.yaml(descriptor));

        JsonNode template = YAML.readTree(files.get("template.yaml"));
        // An event-triggered project has no API, so no api.yaml.
        boolean event = descriptor.get("trigger") instanceof Map<?, ?>;
        assertThat(files.containsKey("api.yaml")).isNotEqualTo(event);
        JsonNode api = event ? YAML.createObjectNode() : YAML.readTree(files.get("api.yaml"));
        String aslPath = files.keySet().stream().filter(f -> f.endsWith(".asl.json")).findFirst().orElseThrow();
        JsonNode asl = JSON.readTree(files.get(aslPath));
        new TomlMapper().readTree(files.get("samconfig.toml"));
        // Up to 8 as before alarms, then 3 alarms per state machine, 2 on the API, the alarm topic, the dashboard,
        // the access log group and the WAF association.
        assertThat(template.path("Resources").size()).isBetween(event ? 3 : 5, 17);
        assertThat(asl.path("States").path("Call third-party API").path("Resource").asText())
                .isEqualTo("arn:aws:states:::http:invoke");
        // An ASYNC route has its status route besides.
        assertThat(api.path("paths").size()).isEqualTo(event ? 0 : "ASYNC".equals(descriptor.get("mode")) ? 2 : 1);
        assertReferencesAreOurs(template, api, new String(files.get(aslPath), StandardCharsets.UTF_8));
        assertThat(SecurityLint.check(files, "NONE".equals(descriptor.get("apiAuth")))).isEmpty();
        assertThat(schemas.validate(template)).as("official SAM and CloudFormation schemas").isEmpty();
        // Kept for .ci/validate-generated, which runs asl-validator and Redocly CLI on each.
        int index = WRITTEN.getAndIncrement();
        if (index < 1000) {
            Path project = FOR_CI.resolve(String.format("%04d", index));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.createDirectories(project.resolve(file.getKey()).getParent());
                Files.write(project.resolve(file.getKey()), file.getValue());
            }
        }
    }

    @Property(tries = 1000)
    void outputIsByteIdenticalWhateverTheKeyOrder(@ForAll("descriptors") Map<String, Object> descriptor,
            @ForAll long seed) {
        Map<String, byte[]> first = generate(Descriptors.yaml(descriptor));
        Map<String, byte[]> again = generate(Descriptors.yaml(descriptor));
        Map<String, byte[]> shuffled = generate(Descriptors.yaml(Descriptors.shuffled(descriptor, new Random(seed))));

        assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());
        assertThat(shuffled.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> {
            assertThat(again.get(path)).as(path).isEqualTo(bytes);
            assertThat(shuffled.get(path)).as(path).isEqualTo(bytes);
        });
    }

    @Property(tries = 1000)
    void everyProjectAnswersAsSpecifiedThroughTheLocalRuntime(@ForAll("descriptors") Map<String, Object> descriptor,
            @ForAll("answers") Answer answer) throws Exception {
        // Timeouts are the example tests' business: a 1-second timeoutSeconds on a loaded CI machine would turn a
        // slow local answer into a 504 and make this property flaky.
        descriptor = new java.util.LinkedHashMap<>(descriptor);
        descriptor.remove("timeoutSeconds");
        LocalProject project = LocalProject.load(generate(Descriptors.yaml(descriptor)));
        boolean event = project.eventTriggered();
        LocalProject.Route route = event ? new LocalProject.Route(String.valueOf(descriptor.get("method")), "/", null,
                null) : project.routes().get(0);
        boolean httpApi = !event && route.integration().path("type").asText().equals("aws_proxy");
        @SuppressWarnings("unchecked")
        boolean oauth = "OAUTH_CLIENT_CREDENTIALS".equals(((Map<String, Object>) descriptor.get("auth")).get("type"));
        mock.reset();
        if (oauth) {
            mock.answer(Answer.json(200, "{\"access_token\": \"tok\", \"token_type\": \"Bearer\"}"));
        }
        mock.answer(answer);
        Secrets secrets = reference -> Optional.of("secret-" + Integer.toHexString(reference.hashCode()));
        LocalRuntime runtime = new LocalRuntime(project, secrets,
                new LocalRuntime.Options(mock.uri(), false, new VirtualTiming()));

        // Path parameters, forwarded query parameters and headers all carry awkward text.
        String path = route.path().replaceAll("\\{[^}]*}", "v%20'%22%C3%A9");
        Map<String, String> query = new java.util.LinkedHashMap<>();
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        ((List<?>) descriptor.getOrDefault("forwardQuery", List.of())).forEach(n -> query.put((String) n, "q '\"\\ é&="));
        ((List<?>) descriptor.getOrDefault("forwardHeaders", List.of())).forEach(n -> headers.put((String) n, "h '\"\\"));
        LocalRuntime.Response response = event ? restAnswer(runtime.startExecution(body(descriptor), line -> { }))
                : settled(runtime, runtime.invoke(new LocalRuntime.Request(route.method(), path, headers, query,
                        body(descriptor)), line -> { }));
        if (httpApi) {
            assertThat(response.status()).isEqualTo(200);
            response = restAnswer(response);
        }

        assertThat(mock.received()).as("%s %s", response.status(), response.trace()).hasSize(oauth ? 2 : 1);
        MockThirdParty.Received call = mock.received().get(mock.received().size() - 1);
        if (path.contains("%20")) {
            assertThat(call.pathAndQuery()).contains("/x.v%20%27%22%C3%A9");
        }
        query.keySet().forEach(n -> assertThat(call.pathAndQuery()).contains(
                java.net.URLEncoder.encode(n, StandardCharsets.UTF_8) + "=q%20%27%22%5C%20%C3%A9%26%3D"));
        headers.keySet().forEach(n -> assertThat(call.header(n)).isEqualTo("h '\"\\"));
        // responseBody picks a part of a successful answer (a 502 when the answer lacks it); errorStatus maps a
        // third-party error status to its own.
        @SuppressWarnings("unchecked")
        Map<String, Object> errorStatus = (Map<String, Object>) descriptor.getOrDefault("errorStatus", Map.of());
        String part = String.valueOf(descriptor.getOrDefault("responseBody", "$"));
        boolean headOk = route.method().equals("HEAD") && answer.status() / 100 == 2;
        JsonNode answered = answer.body().isEmpty() || headOk ? null
                : "application/json".equals(answer.contentType()) ? parseOrText(answer.body())
                : JSON.getNodeFactory().textNode(answer.body());
        JsonNode expected = answered == null ? null : part.equals("$") ? answered
                : com.jayway.jsonpath.JsonPath.using(PARTS).parse(answered).read(part);
        Object mapped = errorStatus.get(Integer.toString(answer.status()));
        if (mapped != null) {
            assertThat(response.status()).isEqualTo(mapped);
            assertThat(JSON.readTree(response.body()).path("error").asText())
                    .isEqualTo("States.Http.StatusCode." + answer.status());
        } else if (answer.status() / 100 == 2 && answered != null && expected == null) {
            assertThat(response.status()).isEqualTo(502);
            assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("SamHttp.BadResponse");
        } else {
            assertThat(response.status()).isEqualTo(answer.status());
            if (headOk || answer.body().isEmpty()) {
                assertThat(response.body()).as("no body").isBlank();
            } else if (answer.status() / 100 == 2) {
                assertThat(JSON.readTree(response.body())).isEqualTo(expected);
            } else if (answer.status() / 100 == 4) {
                assertThat(JSON.readTree(response.body()).path("error").asText())
                        .isEqualTo("States.Http.StatusCode." + answer.status());
            }
        }
        assertThat(response.body()).doesNotContain("secret-");
    }

    /**
     * What a REST API would have answered for an execution result that an HTTP API (or an event trigger) hands
     * back as it is: the response template's rules, so that one set of expectations covers every trigger.
     */
    /**
     * The answer a client ends with: for an ASYNC route (202 with a Location), its status route's once the execution
     * ended, asked as the client would.
     */
    static LocalRuntime.Response settled(LocalRuntime runtime, LocalRuntime.Response response) throws Exception {
        LocalRuntime.Response status = runtime.statusAnswer(response, Map.of(), line -> { });
        if (status == null) {
            return response;
        }
        assertThat(JSON.readTree(response.body()).path("statusUrl").asText())
                .isEqualTo(response.headers().get("Location"));
        return status;
    }

    static LocalRuntime.Response restAnswer(LocalRuntime.Response raw) throws Exception {
        JsonNode result = JSON.readTree(raw.body());
        if (result.path("status").asText().equals("SUCCEEDED")) {
            JsonNode output = JSON.readTree(result.path("output").asText());
            return new LocalRuntime.Response(output.path("statusCode").asInt(), output.path("body").asText(), false,
                    raw.trace());
        }
        String error = result.path("error").asText();
        int status = error.matches("States\\.Http\\.StatusCode\\.4\\d\\d") ? Integer.parseInt(error.substring(23))
                : error.equals("States.Timeout") ? 504 : error.equals("SamHttp.BadRequest") ? 400 : 502;
        return new LocalRuntime.Response(status, JSON.createObjectNode().put("error", error)
                .put("cause", result.path("cause").asText()).toString(), false, raw.trace());
    }

    /** JSONPath over Jackson trees, null for a missing part, as the state machine's IsPresent sees it. */
    static final com.jayway.jsonpath.Configuration PARTS = com.jayway.jsonpath.Configuration.builder()
            .jsonProvider(new com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider())
            .mappingProvider(new com.jayway.jsonpath.spi.mapper.JacksonMappingProvider())
            .options(com.jayway.jsonpath.Option.SUPPRESS_EXCEPTIONS).build();

    private static JsonNode parseOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    @Provide
    Arbitrary<Answer> answers() {
        return net.jqwik.api.Arbitraries.of(Answer.json(200, "{\"ok\": true, \"text\": \"it's \\\"x\\\" \u00e9\"}"),
                Answer.json(201, "[1, {\"a\": null}]"), new Answer(204, null, "", 0),
                new Answer(200, "text/plain", "plain 'text'", 0), Answer.json(400, "{\"message\": \"bad\"}"),
                Answer.json(404, "{}"), Answer.json(422, "not json"));
    }

    /** A request body that holds the part the descriptor's requestBody names. */
    static String body(Map<String, Object> descriptor) {
        return TestProjects.bodyAt(String.valueOf(descriptor.getOrDefault("requestBody", "$")),
                JSON.createObjectNode().put("k", "v'\"\\ \u00e9"));
    }

    /**
     * The only CloudFormation references in Fn::Sub strings are ours, the only DefinitionSubstitutions placeholder
     * is the connection's, and the mapping templates are the shipped ones, untouched.
     */
    static void assertReferencesAreOurs(JsonNode template, JsonNode api, String asl) {
        for (String sub : subStrings(template, new ArrayList<>())) {
            Matcher m = SUB_REFERENCE.matcher(sub);
            while (m.find()) {
                // Text_n carry the endpoint's literal parts in the IAM condition; the others are deploy-time
                // endpoint parameters, each a template parameter of its own.
                // The dashboard's names (NameN, LogN, ApiName) travel in variables; it names the state machines.
                // A state machine by its ARN or its name (an ASYNC route's executions).
                boolean stateMachine = template.path("Resources").path(m.group(1).replaceFirst("\\.Name$", ""))
                        .path("Type").asText().equals("AWS::Serverless::StateMachine");
                if (!m.group(1).matches("Text_\\d+|Name\\d+|Log\\d+") && !deployTimeParameter(template, m.group(1))
                        && !stateMachine) {
                    assertThat(m.group(1)).isIn("AWS::StackName", "Name", "Api", "AWS::Region", "AWS::URLSuffix",
                            "Stage", "Path", "ApiName", "Domain", "BasePath", "AWS::Partition", "Api.Stage",
                            "AWS::AccountId");
                }
            }
        }
        for (String sub : subStrings(api, new ArrayList<>())) {
            Matcher m = SUB_REFERENCE.matcher(sub);
            while (m.find()) {
                assertThat(m.group(1)).isIn("AWS::Partition", "AWS::Region", MappingTemplates.STATE_MACHINE_ARN,
                        MappingTemplates.FORWARD_QUERY, MappingTemplates.FORWARD_HEADERS,
                        MappingTemplates.CORS_ORIGINS, MappingTemplates.CORS_CREDENTIALS, "AWS::AccountId",
                        MappingTemplates.STATE_MACHINE_NAME, MappingTemplates.IDEMPOTENCY_HEADER);
            }
        }
        Matcher placeholders = SUB_REFERENCE.matcher(asl);
        while (placeholders.find()) {
            if (!deployTimeParameter(template, placeholders.group(1))) {
                assertThat(placeholders.group(1)).isEqualTo("ConnectionArn");
            }
        }
        JsonNode integration = api.path("paths").isEmpty() ? YAML.createObjectNode()
                : api.path("paths").elements().next().elements().next().path("x-amazon-apigateway-integration");
        if (integration.has("requestTemplates")) {
            // An ASYNC route starts an execution and answers where to ask; a SYNC one waits for the answer.
            boolean async = integration.path("uri").toString().contains("action/StartExecution");
            // Only the parts of the input the route fills: forwarded query parameters and headers, path parameters.
            JsonNode request = integration.path("requestTemplates").path("application/json").path("Fn::Sub");
            MappingTemplates.Input parts = new MappingTemplates.Input(request.get(1).has(MappingTemplates.FORWARD_QUERY),
                    request.get(1).has(MappingTemplates.FORWARD_HEADERS), api.path("paths").fieldNames().next()
                    .contains("{"));
            assertThat(request.get(0).asText()).isEqualTo(async ? MappingTemplates.startExecution(parts)
                    : MappingTemplates.request(parts));
            // With CORS, the answer's template starts with the CORS part and is filled by Fn::Sub.
            JsonNode answer = integration.path("responses").path("default").path("responseTemplates")
                    .path("application/json");
            String expected = async ? MappingTemplates.started() : MappingTemplates.response();
            assertThat(answer.isTextual() ? answer.asText() : answer.path("Fn::Sub").get(0).asText())
                    .isEqualTo(answer.isTextual() ? expected : MappingTemplates.cors()
                            + (async ? MappingTemplates.corsExposeLocation() : "") + expected);
        }
        String text = template.toString();
        Matcher resolve = Pattern.compile("\\{\\{resolve:(ssm|secretsmanager):").matcher(text);
        int references = 0;
        while (resolve.find()) {
            references++;
        }
        assertThat(text.split("\\{\\{", -1).length - 1).isEqualTo(references);
    }

    private static boolean deployTimeParameter(JsonNode template, String name) {
        return template.path("Parameters").path("Endpoint" + name).path("Type").asText()
                .equals("AWS::SSM::Parameter::Value<String>");
    }

    private static List<String> subStrings(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("Fn::Sub")) {
                    out.add(field.getValue().isArray() ? field.getValue().get(0).asText() : field.getValue().asText());
                }
                subStrings(field.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(item -> subStrings(item, out));
        }
        return out;
    }
}
