package io.github.samhttp.core.local.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.LocalProject;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API Gateway renders mapping templates with a Velocity 1.7-like engine; the local runtime uses Velocity 2, set up as
 * the 1.7 line. Every mapping template the plugin writes (each request and answer template of every test project and
 * example, the nested layout's shared ones, the gateway responses) is rendered by both, over a corpus of requests and
 * of Step Functions answers (quotes, backslashes, unicode, new lines, empty, nested, 200 KB): the body, the status
 * and the headers set must be identical. Velocity 1.7 is loaded on its own (target/velocity-1.7, copied by the
 * build), as both share their package names.
 */
class VelocityParityTest {

    static final String FAILED = "<failed>";
    static MappingTemplateRenderer.Engine velocity17;
    static List<String> templates;

    @BeforeAll
    static void load() throws Exception {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("target/velocity-1.7"))) {
            for (Path jar : files.sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> engineClass = loader.loadClass("org.apache.velocity.app.VelocityEngine");
        Object engine = engineClass.getConstructor().newInstance();
        engineClass.getMethod("setProperty", String.class, Object.class).invoke(engine, "runtime.log.logsystem.class",
                "org.apache.velocity.runtime.log.NullLogChute");
        // Velocity 1.7 loads its own parts through the thread's context class loader, which sees Velocity 2.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            engineClass.getMethod("init").invoke(engine);
        } finally {
            thread.setContextClassLoader(previous);
        }
        Assertions17.version(loader);
        Class<?> contextClass = loader.loadClass("org.apache.velocity.VelocityContext");
        Constructor<?> newContext = contextClass.getConstructor(Map.class);
        Method evaluate = engineClass.getMethod("evaluate", loader.loadClass("org.apache.velocity.context.Context"),
                Writer.class, String.class, String.class);
        velocity17 = (template, variables) -> {
            StringWriter out = new StringWriter();
            ClassLoader before = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                evaluate.invoke(engine, newContext.newInstance(new java.util.HashMap<>(variables)), out,
                        "mapping-template", template);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Velocity 1.7: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
            return out.toString();
        };
        templates = writtenTemplates();
    }

    /** Velocity 1.7's own classes answer, not the runtime's. */
    static final class Assertions17 {
        static void version(ClassLoader loader) throws Exception {
            Class<?> runtime = loader.loadClass("org.apache.velocity.runtime.RuntimeConstants");
            assertThat(runtime.getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass("org.apache.velocity.runtime.log.NullLogChute")).isNotNull();
        }
    }

    /** Every distinct mapping template of every test project and example, as deployment resolves it. */
    static List<String> writtenTemplates() throws Exception {
        List<Map<String, byte[]>> projects = new ArrayList<>();
        TestProjects.variants().forEach(v -> projects.add(TestProjects.render(v.get()[1].toString())));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.sorted().toList()) {
                projects.add(TestProjects.render(example.resolve("integration.yaml")));
            }
        }
        projects.add(TestProjects.render(TestProjects.largeService(60, false)));
        Set<String> texts = new LinkedHashSet<>();
        for (Map<String, byte[]> files : projects) {
            LocalProject project = LocalProject.load(files);
            for (LocalProject.Route route : project.routes()) {
                JsonNode integration = route.integration();
                for (JsonNode template : integration.path("requestTemplates")) {
                    texts.add(project.value(template));
                }
                for (JsonNode response : integration.path("responses")) {
                    for (JsonNode template : response.path("responseTemplates")) {
                        texts.add(project.value(template));
                    }
                }
            }
            for (Iterator<JsonNode> it = project.gatewayResponses().elements(); it.hasNext(); ) {
                for (JsonNode template : it.next().path("responseTemplates")) {
                    texts.add(template.asText());
                }
            }
        }
        // Templates that differ only by the state machine they start render alike: one of each is enough.
        Set<String> distinct = new LinkedHashSet<>();
        texts.forEach(t -> distinct.add(t.replaceAll("(stateMachine|execution):[A-Za-z0-9]+", "$1:StateMachine")));
        return List.copyOf(distinct);
    }

    /** What reaches a template: a request as API Gateway hands it over, or a Step Functions answer. */
    static List<ApiGatewayInput> inputs() {
        List<String> texts = List.of("", "plain", "It's \"quoted\"", "back\\slash \\' and \\\" mixed",
                "h\u00e9llo \u65e5\u672c \ud83d\ude00 \u20ac", "line1\nline2\r\n\ttab \u0001 \u001f \u007f",
                "</script> ${x} ${!y} #set($x = 1) $input.json('$') {{resolve:ssm:/x}} ## not a comment");
        String huge = "\"q\" \\ \u00e9 ".repeat(20_000);
        List<String> bodies = new ArrayList<>(List.of("", "{}", "[]", "42", "null", "\"just a string with ' and \\\"\"",
                "{\"deep\": {\"list\": [1, 2.5, -3e10, true, false, null, {\"x\": [\"'\", \"\\\"\"]}]}}"));
        texts.forEach(t -> bodies.add("{\"a\": " + TextJson.quote(t) + "}"));
        bodies.add("{\"a\": " + TextJson.quote(huge) + "}");
        List<ApiGatewayInput> inputs = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Request-Id", "r \\ \" ' \u00e9");
        headers.put("Idempotency-Key", "key-1");
        headers.put("origin", "https://app.example.com");
        for (String body : bodies) {
            inputs.add(new ApiGatewayInput(body, Map.of("itemId", "a%2Fb c+d%", "orderId", "o'1"),
                    Map.of("page", "it's \"2\"", "sort", "\u00e9"), headers));
        }
        inputs.add(new ApiGatewayInput("", Map.of(), Map.of(), Map.of()));
        // What Step Functions answers: StartSyncExecution, StartExecution, DescribeExecution, their refusals.
        for (String text : texts) {
            String quoted = TextJson.quote(text);
            String body = TextJson.quote("{\"v\": " + quoted + "}");
            inputs.add(new ApiGatewayInput("{\"status\": \"SUCCEEDED\", \"output\": " + TextJson.quote(
                    "{\"statusCode\": 201, \"body\": " + body + "}") + "}"));
            inputs.add(new ApiGatewayInput("{\"status\": \"FAILED\", \"error\": \"States.Http.StatusCode.404\","
                    + " \"cause\": " + quoted + "}"));
            inputs.add(new ApiGatewayInput("{\"status\": \"FAILED\", \"error\": " + quoted + ", \"cause\": "
                    + quoted + "}"));
        }
        inputs.add(new ApiGatewayInput("{\"status\": \"SUCCEEDED\", \"output\": " + TextJson.quote(
                "{\"statusCode\": 200, \"body\": " + TextJson.quote("{\"v\": " + TextJson.quote(huge) + "}") + "}")
                + "}"));
        for (String answer : List.of("{\"status\": \"TIMED_OUT\"}",
                "{\"status\": \"FAILED\", \"error\": \"States.Timeout\"}",
                "{\"status\": \"FAILED\", \"error\": \"SamHttp.BadRequest\", \"cause\": \"no body\"}",
                "{\"status\": \"FAILED\", \"error\": \"States.DataLimitExceeded\", \"cause\": \"too big\"}",
                "{\"status\": \"FAILED\", \"error\": \"Events.ConnectionResource.AccessDenied\", \"cause\": \"no\"}",
                "{\"status\": \"FAILED\", \"error\": \"Events.ConnectionResource.InvalidConnectionState\"}",
                "{\"status\": \"FAILED\", \"error\": \"Events.ConnectionResource.Unheard\", \"cause\": \"It's\"}",
                "{\"status\": \"SUCCEEDED\", \"output\": \"{\\\"statusCode\\\": 204, \\\"body\\\": \\\"\\\"}\"}",
                "{\"status\": \"SUCCEEDED\", \"output\": \"{\\\"statusCode\\\": 200, \\\"body\\\": null}\"}",
                "{\"status\": \"RUNNING\", \"executionArn\": \"arn:aws:states:local:0:execution:Sm:key-1\"}",
                "{\"status\": \"ABORTED\"}",
                "{\"executionArn\": \"arn:aws:states:local:0:execution:Sm:key-1\", \"startDate\": 1.7E9}",
                "{\"__type\": \"com.amazonaws.swf.service.v2.model#InvalidExecutionInput\", \"message\": \"x\"}",
                "{\"__type\": \"ThrottlingException\", \"message\": \"slow down\"}",
                "{\"__type\": \"ExecutionAlreadyExists\", \"message\": \"It's \\\"there\\\"\"}",
                "{\"__type\": \"ExecutionDoesNotExist\"}", "{\"__type\": \"InvalidArn\"}")) {
            inputs.add(new ApiGatewayInput(answer));
        }
        return inputs;
    }

    /** JSON string quoting, for building the corpus. */
    static final class TextJson {
        static String quote(String text) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
        }
    }

    @Test
    void everyTemplateRendersAlikeInVelocity17AndTheRuntimesEngine() {
        assertThat(templates).hasSizeGreaterThan(20);
        List<ApiGatewayInput> inputs = inputs();
        Map<String, Object> values = Map.of("domainName", "localhost", "path", "/exports");
        int compared = 0;
        int failed = 0;
        for (String template : templates) {
            for (ApiGatewayInput input : inputs) {
                MappingTemplateRenderer.Rendered runtime = rendered(template, input, values,
                        MappingTemplateRenderer.VELOCITY);
                MappingTemplateRenderer.Rendered reference = rendered(template, input, values, velocity17);
                assertThat(runtime).as("%s\nover %s", template, abbreviated(input)).isEqualTo(reference);
                compared++;
                failed += runtime.body().equals(FAILED) ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(1000);
        // A failure compares equal to a failure: most pairs must render (a template reading an answer it was not
        // written for, such as a request's body, may fail in both, as it would deployed).
        assertThat(failed).as("pairs that failed in both engines").isLessThan(compared / 10);
        System.out.println("parity: " + templates.size() + " templates x " + inputs.size() + " inputs");
    }

    @Test
    void theComparisonSeesWhereTheEnginesDiffer() {
        // $velocityCount is Velocity 1.7's loop counter, gone in Velocity 2: a template using it renders apart.
        String template = "#foreach($i in [1..3])$velocityCount#end";
        ApiGatewayInput input = new ApiGatewayInput("{}");
        assertThat(rendered(template, input, Map.of(), velocity17).body()).isEqualTo("123");
        assertThat(rendered(template, input, Map.of(), MappingTemplateRenderer.VELOCITY))
                .isNotEqualTo(rendered(template, input, Map.of(), velocity17));
    }

    /** The rendering, or the failure as a rendering: both engines must fail alike too. */
    static MappingTemplateRenderer.Rendered rendered(String template, ApiGatewayInput input, Map<String, Object> values,
            MappingTemplateRenderer.Engine engine) {
        try {
            return MappingTemplateRenderer.render(template, input, values, engine);
        } catch (RuntimeException e) {
            return new MappingTemplateRenderer.Rendered(FAILED, null, Map.of());
        }
    }

    static String abbreviated(ApiGatewayInput input) {
        String body = input.getBody();
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
