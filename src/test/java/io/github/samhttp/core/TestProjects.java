package io.github.samhttp.core;

import io.github.samhttp.core.model.Integration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shortcuts for tests: descriptor text or file in, model or files out, failing loudly on any problem. */
public final class TestProjects {

    private TestProjects() {
    }

    /**
     * Descriptors covering each kind of output: seed, API key auth, IAM, open, GET, path and query parameters,
     * Secrets Manager, no retry.
     */
    public static Stream<Arguments> variants() {
        String twilio = "endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json\n";
        return Stream.of(
                Arguments.of("seed", twilio + "method: POST\nauth:\n  type: BASIC\n  username: ssm:/twilio_sid\n"
                        + "  password: ssm:/twilio_secret\npath: /sms\nrequestBody: $.sendsms\nencoding: URL_ENCODED\n"),
                Arguments.of("minimal", twilio + "method: POST\nauth:\n  type: BASIC\n  username: ssm:/sid\n"
                        + "  password: ssm:/secret:3\n"),
                Arguments.of("api-key-iam", "endpoint: https://api.sendgrid.com/v3/mail/send\nmethod: POST\n"
                        + "auth:\n  type: API_KEY\n  header: Authorization\n"
                        + "  value: secretsmanager:sendgrid:SecretString:bearer\napiAuth: IAM\n"
                        + "headers:\n  Accept: application/json\n  X-Trace: \"it's \\\"q\\\" #1: a & b\"\n"),
                Arguments.of("open-get", "name: weather\nendpoint: https://api.example.com/v1/weather\n"
                        + "method: GET\nauth:\n  type: API_KEY\n  header: x-api-key\n  value: ssm:/weather/key\n"
                        + "apiAuth: NONE\nstage: prod\npath: /weather/today\nretry:\n  maxAttempts: 0\n"
                        + "timeoutSeconds: 20\n"),
                Arguments.of("path-query", "name: orders\nendpoint: https://api.example.com/v2/{Tenant}/users/{userId}/orders/{orderId}\n"
                        + "method: GET\nauth:\n  type: API_KEY\n  header: x-api-key\n  value: ssm:/orders/key\n"
                        + "endpointParameters:\n  Tenant: ssm:/orders/tenant\npath: /users/{userId}/orders/{orderId}\n"
                        + "headers:\n  Accept: application/json\nquery:\n  expand: items\n  limit: \"10\"\n"
                        + "forwardQuery: [page, sort]\nforwardHeaders: [Idempotency-Key]\n"),
                Arguments.of("schedule", "name: nightly-report\nendpoint: https://api.example.com/v1/reports\nmethod: POST\n"
                        + "auth:\n  type: API_KEY\n  header: x-api-key\n  value: ssm:/weather/key\n"
                        + "trigger:\n  type: SCHEDULE\n  expression: cron(0 2 * * ? *)\n  timezone: Europe/Paris\n"
                        + "  input: {report: {kind: daily, note: \"it's \\\"q\\\"\"}}\n  deadLetterQueue: false\n"
                        + "workflow: STANDARD\nrequestBody: $.report\ntimeoutSeconds: 45\n"),
                Arguments.of("stripe", "endpoint: https://api.stripe.com/v1/charges\nmethod: PUT\n"
                        + "auth:\n  type: BASIC\n  username: secretsmanager:arn:aws:secretsmanager:us-east-1:1:secret:s-Ab1:SecretString:key\n"
                        + "  password: secretsmanager:stripe/prod:SecretString:empty\nrequestBody: $.charge.data\n"
                        + "retry:\n  maxAttempts: 3\n  intervalSeconds: 2\n  backoffRate: 1.5\n  maxDelaySeconds: 5\n"),
                Arguments.of("cors-rest", "name: orders\nendpoint: https://api.example.com/v2/orders/{orderId}\n"
                        + "method: PATCH\nauth:\n  type: API_KEY\n  header: x-api-key\n  value: ssm:/orders/key\n"
                        + "path: /orders/{orderId}\nforwardHeaders: [Idempotency-Key]\nrequestSchema: {type: object, required: [status]}\n"
                        + "cors:\n  allowOrigins: [https://app.example.com, http://localhost:3000]\n"
                        + "  allowHeaders: [X-Request-Id]\n  allowCredentials: true\n"),
                Arguments.of("cors-http", twilio + "method: POST\nauth:\n  type: BASIC\n  username: ssm:/sid\n"
                        + "  password: ssm:/secret:3\ntrigger: HTTP_API\ncors: {allowOrigins: ['*'], maxAgeSeconds: 3600}\n"),
                Arguments.of("hub-300-rest", largeService(300, false)),
                Arguments.of("hub-300-http", largeService(300, true)),
                Arguments.of("hub-60-production", largeProduction(60)));
    }

    /**
     * A service of {@code count} integrations (a REST API, or an HTTP API), as a team fronting a partner's whole API
     * writes it: three shared connections; on a REST API every fifth route with a path parameter, every seventh
     * forwarding a header, every eleventh a query parameter, every thirteenth ASYNC; every seventeenth with a
     * deploy-time endpoint parameter; names and paths numbered {@code op-001}, {@code /op-001}.
     */
    public static String largeService(int count, boolean httpApi) {
        StringBuilder yaml = new StringBuilder("name: partner-hub\n").append(httpApi ? "trigger: HTTP_API\n" : "")
                .append("connections:\n")
                .append("  partner:\n    type: API_KEY\n    header: Authorization\n")
                .append("    value: secretsmanager:partner/api:SecretString:key\n")
                .append("  billing:\n    type: BASIC\n    username: ssm:/billing/user\n    password: ssm:/billing/pass\n")
                .append("  mail:\n    type: API_KEY\n    header: x-api-key\n    value: ssm:/mail/key\n")
                .append("integrations:\n");
        String[] connections = {"partner", "billing", "mail"};
        for (int i = 1; i <= count; i++) {
            String name = String.format("op-%03d", i);
            boolean pathParameter = i % 5 == 0 && !httpApi;
            boolean endpointParameter = i % 17 == 0;
            yaml.append("  ").append(name).append(":\n");
            yaml.append("    endpoint: https://api.example.com/").append(endpointParameter ? "{Tenant}/" : "")
                    .append("v1/").append(name).append(pathParameter ? "/{itemId}" : "").append('\n');
            if (endpointParameter) {
                yaml.append("    endpointParameters:\n      Tenant: ssm:/partner/tenant\n");
            }
            yaml.append("    method: ").append(pathParameter ? "GET" : "POST").append('\n');
            yaml.append("    connection: ").append(connections[i % 3]).append('\n');
            yaml.append("    path: /").append(name).append(pathParameter ? "/{itemId}" : "").append('\n');
            if (i % 7 == 0 && !httpApi) {
                yaml.append("    forwardHeaders: [X-Request-Id]\n");
            }
            if (i % 11 == 0 && !httpApi) {
                yaml.append("    forwardQuery: [page]\n");
            }
            if (i % 13 == 0 && !httpApi) {
                yaml.append("    mode: ASYNC\n");
            }
        }
        return yaml.toString();
    }

    /**
     * examples/production-ready (every service key: alarms to an email topic, a dashboard, a domain, a WAF, access
     * logs, CORS, a customer managed key, a private endpoint) with {@code count} integrations instead of its two:
     * charges and order lookups in turn, every tenth charge ASYNC.
     */
    public static String largeProduction(int count) {
        String example;
        try {
            example = Files.readString(Path.of("examples/production-ready/integration.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder yaml = new StringBuilder(example.substring(0, example.indexOf("integrations:\n")))
                .append("integrations:\n");
        for (int i = 1; i <= count; i++) {
            if (i % 2 == 1) {
                yaml.append(String.format("  charge-%03d:%n    endpoint: https://api.stripe.com/v1/payment_intents%n"
                        + "    method: POST%n    connection: stripe%n    path: /charges-%03d%n    encoding: URL_ENCODED%n"
                        + "    forwardHeaders: [Idempotency-Key]%n    retry: {maxAttempts: 0}%n", i, i));
                if (i % 10 == 1) {
                    yaml.append("    mode: ASYNC\n    idempotencyHeader: X-Charge-Key\n");
                }
            } else {
                yaml.append(String.format("  order-%03d:%n    endpoint: https://orders.internal.example.com/v2/orders/"
                        + "{orderId}%n    method: GET%n    connection: orders%n    path: /orders-%03d/{orderId}%n", i, i));
            }
        }
        return yaml.toString().replace("\r\n", "\n");
    }

    /** A request body holding {@code part} at a requestBody path such as {@code $.a.b}. */
    public static String bodyAt(String path, com.fasterxml.jackson.databind.JsonNode part) {
        com.fasterxml.jackson.databind.JsonNode body = part;
        String[] fields = path.substring(1).split("\\.");
        for (int i = fields.length - 1; i >= 0; i--) {
            if (!fields[i].isEmpty()) {
                body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set(fields[i], body);
            }
        }
        return body.toString();
    }

    public static Integration model(String yaml) {
        List<Problem> problems = new ArrayList<>();
        Integration integration = TestProjects.integration("integration.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                problems, new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected problems: " + problems);
        }
        return integration;
    }

    /** The problems of a descriptor, rendered as the user sees them. */
    public static List<String> problems(String yaml) {
        List<Problem> problems = new ArrayList<>();
        TestProjects.integration("integration.yaml", yaml.getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());
        return problems.stream().map(p -> p.render("integration.yaml")).toList();
    }

    /** The whole pipeline, as the goal runs it (platform limits included), without writing: the files, or why not. */
    public static Map<String, byte[]> generate(String yaml) throws SamHttpException {
        return Generator.render("integration.yaml", yaml.getBytes(StandardCharsets.UTF_8)).files();
    }

    /** The warnings the goal prints for a descriptor. */
    public static List<String> warnings(String yaml) throws SamHttpException {
        return Generator.render("integration.yaml", yaml.getBytes(StandardCharsets.UTF_8)).warnings();
    }

    public static Map<String, byte[]> render(String yaml) {
        return TestProjects.files(service(yaml));
    }

    /** A descriptor of one integration or several, as a service. */
    public static io.github.samhttp.core.model.Service service(String yaml) {
        List<Problem> problems = new ArrayList<>();
        io.github.samhttp.core.model.Service service = TestProjects.service("integration.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected problems: " + problems);
        }
        return service;
    }

    public static Map<String, byte[]> render(Path descriptor) throws java.io.IOException {
        return render(Files.readString(descriptor));
    }

    /** The read and validate stages: a descriptor's bytes to a service; null when {@code problems} is not empty. */
    public static io.github.samhttp.core.model.Service service(String name, byte[] bytes, List<Problem> problems,
            List<Problem> warnings) {
        io.github.samhttp.core.read.Descriptor descriptor = io.github.samhttp.core.read.DescriptorReader.read(name,
                bytes, problems);
        return descriptor == null ? null : io.github.samhttp.core.validate.ServiceValidator.validate(descriptor,
                problems, warnings);
    }

    /** As {@link #service}, for a descriptor of one integration. */
    public static Integration integration(String name, byte[] bytes, List<Problem> problems, List<Problem> warnings) {
        io.github.samhttp.core.model.Service service = service(name, bytes, problems, warnings);
        return service == null ? null : service.first();
    }

    /** The document and serialisation stages: every file of the project, by relative path. */
    public static Map<String, byte[]> files(io.github.samhttp.core.model.Service service) {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (io.github.samhttp.core.documents.Document document
                : io.github.samhttp.core.documents.ProjectDocuments.build(service)) {
            files.put(document.path(), io.github.samhttp.core.write.Serializers.bytes(document));
        }
        return files;
    }

}
