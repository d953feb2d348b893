package io.github.samhttp.core.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The VTL mapping templates, kept as text in the project's {@code templates/} folder and shipped in the jar as
 * they are. The request template holds three placeholders filled by {@code Fn::Sub}: the state machine's ARN and
 * the names of the forwarded query parameters and headers; the CORS template two: the origins and the credentials.
 * What is deployed leaves out the lines that are only a comment ({@code ##} in the first column, which Velocity
 * drops with their line end): a route's templates are repeated in the API body for every route, and an API of 300
 * routes must fit CloudFormation's processed-template limit.
 */
public final class MappingTemplates {

    /**
     * Which parts of the execution input a route fills, each its own template: the forwarded query parameters and
     * headers, the path parameters. A route without them leaves the part out, and the input has it empty.
     */
    public record Input(boolean query, boolean headers, boolean path) {
    }

    /** The {@code Fn::Sub} variable in the request template. */
    public static final String STATE_MACHINE_ARN = "StateMachineArn";
    public static final String FORWARD_QUERY = "ForwardQuery";
    public static final String FORWARD_HEADERS = "ForwardHeaders";
    /** The {@code Fn::Sub} variables of the CORS template: the allowed origins, whether credentials are. */
    public static final String CORS_ORIGINS = "CorsOrigins";
    public static final String CORS_CREDENTIALS = "CorsCredentials";
    /** The {@code Fn::Sub} variables of the asynchronous templates. */
    public static final String IDEMPOTENCY_HEADER = "IdempotencyHeader";
    public static final String STATE_MACHINE_NAME = "StateMachineName";

    private static final String FOLDER = "/io/github/samhttp/templates/";
    /** Closes the #else a template opens around another. */
    private static final String END = "#end\n";
    /** A line that is only a comment: Velocity writes nothing for it, its line end included. */
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^##[^\n]*\n");
    private static final Map<String, String> DEPLOYED = new ConcurrentHashMap<>();

    private MappingTemplates() {
    }

    /** StartSyncExecution request built from the API request. */
    public static String request(Input input) {
        return executionInput(input) + load("start-sync-execution.vtl");
    }

    /** StartExecution request (an asynchronous integration) built from the API request, named by its idempotency key. */
    public static String startExecution(Input input) {
        return executionInput(input) + load("start-execution.vtl");
    }

    private static String executionInput(Input input) {
        return load("execution-input.vtl") + (input.query() ? load("input-query.vtl") : "")
                + (input.headers() ? load("input-headers.vtl") : "") + (input.path() ? load("input-path.vtl") : "");
    }

    /** Client response when StartExecution started the execution: 202 and where to ask for its outcome. */
    public static String started() {
        return load("started.vtl");
    }

    /** Client response when StartExecution refused: its own refusals, then StartSyncExecution's. */
    public static String startExecutionError() {
        return load("start-execution-error.vtl") + load("start-error.vtl") + END;
    }

    /** DescribeExecution request for the execution the status route names. */
    public static String describeExecution() {
        return load("describe-execution.vtl");
    }

    /** Client response from DescribeExecution: 202 while running, then the synchronous mode's answer. */
    public static String executionStatus() {
        return load("execution-status.vtl") + load("response.vtl") + END;
    }

    /** Client response when DescribeExecution refused: 404 for an execution this integration does not have. */
    public static String describeExecutionError() {
        return load("describe-execution-error.vtl");
    }

    /** Client response built from a StartSyncExecution result. */
    public static String response() {
        return load("response.vtl");
    }

    /** Client response when StartSyncExecution itself fails. */
    public static String startError() {
        return load("start-error.vtl");
    }

    /**
     * What every answer of an API with CORS starts with: it sets {@code Access-Control-Allow-Origin} (and
     * {@code Vary}, {@code Access-Control-Allow-Credentials}) through response overrides, and writes nothing.
     */
    public static String cors() {
        return load("cors.vtl");
    }

    /** What an ASYNC route's 202 adds to the CORS part: pages may read its Location. */
    public static String corsExposeLocation() {
        return load("cors-expose-location.vtl");
    }

    /** A template as deployed: its text without the lines that are only a comment. */
    private static String load(String name) {
        return DEPLOYED.computeIfAbsent(name, n -> COMMENT_LINE.matcher(source(n)).replaceAll(""));
    }

    /** A template as the {@code templates/} folder holds it, comments included. */
    public static String source(String name) {
        try (InputStream in = MappingTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("mapping template " + name + " is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
