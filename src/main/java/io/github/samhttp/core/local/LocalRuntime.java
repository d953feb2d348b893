package io.github.samhttp.core.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import io.github.samhttp.core.local.apigateway.HttpApiCors;
import io.github.samhttp.core.local.apigateway.RestApiGateway;
import io.github.samhttp.core.local.apigateway.RoutePaths;
import io.github.samhttp.core.local.asl.Execution;
import io.github.samhttp.core.local.asl.StateMachineInterpreter;
import io.github.samhttp.core.local.asl.Timing;
import io.github.samhttp.core.local.http.Connection;
import io.github.samhttp.core.local.http.EndpointOverride;
import io.github.samhttp.core.local.http.HttpInvoker;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Runs a request through a generated project in-process, as deployed: API Gateway's request mapping template,
 * StartSyncExecution's checks, the state machine (with the HTTP Task performed for real), and the response
 * mapping template. Not emulated: IAM, API keys and usage plans, throttling, AWS timing.
 */
public final class LocalRuntime {

    /** StartSyncExecution's limit on {@code input}, in UTF-8 bytes. */
    public static final int MAX_INPUT_BYTES = io.github.samhttp.core.aws.HttpTaskRules.PAYLOAD_BYTES;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A client request to the API. Headers and query are single-valued. */
    public record Request(String method, String path, Map<String, String> headers, Map<String, String> query,
            String body) {
    }

    /**
     * What the client receives, or in a dry run the third-party request that would have been sent.
     *
     * @param status the HTTP status; 0 in a dry run
     * @param headers the answer's headers API Gateway sets from the project (CORS), by name
     */
    public record Response(int status, String body, boolean dryRun, List<String> trace, Map<String, String> headers) {
        public Response {
            headers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headers));
        }

        public Response(int status, String body, boolean dryRun, List<String> trace) {
            this(status, body, dryRun, trace, Map.of());
        }
    }

    /**
     * @param endpointOverride where to send instead of the third party ({@code http://} only to loopback), or null
     * @param dryRun stop before the third-party call and return the request
     */
    /**
     * How a run behaves.
     *
     * @param emulation which reading of undocumented AWS behaviour to emulate
     * @param executionsFolder where ended executions of ASYNC routes are kept, or null
     */
    public record Options(URI endpointOverride, boolean dryRun, Timing timing, Emulation emulation,
            java.nio.file.Path executionsFolder) {
        public Options(URI endpointOverride, boolean dryRun, Timing timing, Emulation emulation) {
            this(endpointOverride, dryRun, timing, emulation, null);
        }

        public Options(URI endpointOverride, boolean dryRun, Timing timing) {
            this(endpointOverride, dryRun, timing, Emulation.DEFAULT);
        }

        /** The same, keeping the ended executions of ASYNC routes in {@code folder} for later runs to describe. */
        public Options keepingExecutionsIn(java.nio.file.Path folder) {
            return new Options(endpointOverride, dryRun, timing, emulation, folder);
        }

        public static Options defaults() {
            return new Options(null, false, Timing.REAL);
        }
    }

    private final LocalProject project;
    private final Options options;
    private final ProjectValues values;
    private final StepFunctionsApi api;
    /** In a dry run, the references that had no local value. */
    private final java.util.Set<String> unset = new java.util.TreeSet<>();
    /** Built at the first request sent: a dry run sends none. */
    private java.net.http.HttpClient client;

    public LocalRuntime(LocalProject project, Secrets secrets, Options options) throws SamHttpException {
        EndpointOverride.check(options.endpointOverride());
        this.project = project;
        // A dry run sends nothing: a value not set locally stands for the variable that would set it, and since
        // secrets are masked in what it prints, each such reference is named in the trace.
        Secrets recorded = reference -> {
            java.util.Optional<String> value = secrets.lookup(reference);
            if (value.isEmpty()) {
                unset.add(reference);
            }
            return value;
        };
        this.options = options;
        this.values = new ProjectValues(project, options.dryRun() ? recorded.orPlaceholders() : secrets);
        this.api = new StepFunctionsApi(project, values, this::execute, options.dryRun(), options.executionsFolder());
    }

    /** Sends one request through the flow; {@code log} sees each trace line as it happens. */
    public Response invoke(Request request, Consumer<String> log) throws SamHttpException, InterruptedException {
        Trace trace = new Trace(log);
        Map<String, String> parameterValues = values.parameterValues();
        Map<String, String> pathParameters = new LinkedHashMap<>();
        if (project.httpApi()) {
            return httpApiRequest(request, trace, parameterValues, pathParameters);
        }
        LocalProject.Route route = route(request, pathParameters);
        if (route == null) {
            trace.add("API Gateway: no " + request.method() + " " + request.path() + " in the API");
            RestApiGateway.Answer missing = RestApiGateway.gatewayResponse(project.gatewayResponses(),
                    "MISSING_AUTHENTICATION_TOKEN", 403, "{\"message\":\"Missing Authentication Token\"}",
                    request.headers());
            return new Response(missing.status(), missing.body(), false, trace.lines(), missing.headers());
        }
        JsonNode integration = route.integration();
        if ("StepFunctions-StartSyncExecution".equals(integration.path("integrationSubtype").asText())) {
            return httpApi(request, integration, trace, parameterValues);
        }
        RestApiGateway.Route gatewayRoute = new RestApiGateway.Route(integration, route.bodySchema(),
                project.gatewayResponses(), project::value);
        RestApiGateway.Params params = new RestApiGateway.Params(pathParameters, request.query(), request.headers(),
                request.path());
        if ("mock".equals(integration.path("type").asText())) {
            RestApiGateway.Answer answer = RestApiGateway.mock(gatewayRoute, params);
            trace.add("API Gateway: " + request.method() + " " + request.path() + " answered " + answer.status()
                    + " by a mock integration (no execution)");
            return new Response(answer.status(), answer.body(), false, trace.lines(), answer.headers());
        }
        RestApiGateway.Before before = RestApiGateway.request(gatewayRoute, request.method(),
                request.path(), request.headers(), request.query(), pathParameters, request.body());
        trace.add("API Gateway: " + trace.mask(before.note()));
        if (before.answered()) {
            return new Response(before.status(), before.body(), false, trace.lines(), before.headers());
        }
        String startRequest = before.body();

        // The Step Functions action the integration calls: StartSyncExecution, StartExecution, DescribeExecution.
        String action = project.value(integration.path("uri")).replaceFirst(".*/", "");
        int startStatus;
        String startResponse;
        try {
            ObjectNode result = api.call(action, startRequest, trace, parameterValues);
            if (heldBack(result)) {
                return dryRun(result, trace);
            }
            startStatus = 200;
            startResponse = JSON.writeValueAsString(result);
        } catch (Refused refused) {
            trace.add(action + ": " + refused.status + " " + refused.type);
            startStatus = refused.status;
            startResponse = refused.body();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        RestApiGateway.Answer answer = RestApiGateway.answer(gatewayRoute, startStatus, startResponse, params);
        trace.add("API Gateway: answered " + answer.status());
        return new Response(answer.status(), trace.mask(answer.body()), false, trace.lines(), answer.headers());
    }

    /**
     * An HTTP API request: a CORS preflight is answered by API Gateway itself; any other request goes to its route
     * (404 without one), and its answer gets the CORS headers when the Origin is allowed.
     */
    private Response httpApiRequest(Request request, Trace trace, Map<String, String> parameterValues,
            Map<String, String> pathParameters) throws SamHttpException, InterruptedException {
        JsonNode cors = project.httpApiCors();
        RestApiGateway.Answer preflight = HttpApiCors.preflight(cors, request.method(), request.headers());
        if (preflight != null) {
            trace.add("API Gateway (HTTP API): CORS preflight answered " + preflight.status() + " (no execution)");
            return new Response(preflight.status(), preflight.body(), false, trace.lines(), preflight.headers());
        }
        LocalProject.Route route = route(request, pathParameters);
        Response response;
        if (route == null) {
            trace.add("API Gateway: no " + request.method() + " " + request.path() + " in the API");
            response = new Response(404, "{\"message\":\"Not Found\"}", false, trace.lines());
        } else {
            response = httpApi(request, route.integration(), trace, parameterValues);
        }
        Map<String, String> headers = HttpApiCors.headers(cors, request.headers());
        return headers.isEmpty() || response.dryRun() ? response
                : new Response(response.status(), response.body(), false, response.trace(), headers);
    }

    /**
     * An HTTP API route with the StepFunctions-StartSyncExecution integration: the body is the input, and the client
     * gets StartSyncExecution's answer as it is (no mapping templates in an HTTP API).
     */
    private Response httpApi(Request request, JsonNode integration, Trace trace, Map<String, String> parameterValues)
            throws SamHttpException, InterruptedException {
        trace.add("API Gateway (HTTP API): " + request.method() + " " + request.path() + " -> StartSyncExecution");
        ObjectNode startRequest = JSON.createObjectNode()
                .put("stateMachineArn", project.value(integration.path("requestParameters").path("StateMachineArn")))
                .put("input", request.body() == null ? "" : request.body());
        try {
            ObjectNode result = api.call("StartSyncExecution", startRequest.toString(), trace, parameterValues);
            if (heldBack(result)) {
                return dryRun(result, trace);
            }
            trace.add("API Gateway: answered 200");
            return new Response(200, trace.mask(result.toString()), false, trace.lines());
        } catch (Refused refused) {
            trace.add("StartSyncExecution: " + refused.status + " " + refused.type);
            return new Response(refused.status, refused.body(), false, trace.lines());
        }
    }

    private synchronized java.net.http.HttpClient client() {
        if (client == null) {
            client = HttpInvoker.newClient(options.endpointOverride());
        }
        return client;
    }

    /** Runs one execution; its result as StartSyncExecution (and DescribeExecution) give it. */
    private ObjectNode execute(String arn, String kind, JsonNode definition, JsonNode input, Trace trace,
            Map<String, Connection> connections) throws InterruptedException {
        HttpInvoker http = new HttpInvoker(connections, options.endpointOverride(), options.dryRun(), trace,
                this::client, options.emulation().emptyBody(), options.emulation().errorCause(),
                options.emulation().connectionFailure());
        Execution execution = new StateMachineInterpreter(definition, http, options.timing(), trace).run(input);
        ObjectNode result = JSON.createObjectNode()
                .put("executionArn", arn.replace(":stateMachine:", kind) + ":local")
                .put("stateMachineArn", arn)
                .put("status", execution.status());
        if (execution.output() != null) {
            result.put("output", execution.output().toString());
        }
        if (execution.error() != null || execution.cause() != null) {
            result.put("error", execution.error()).put("cause", execution.cause());
        }
        return result;
    }

    /**
     * Starts the state machine as its EventBridge rule or schedule does (StartExecution: nobody waits for the
     * answer). The response's status is 200 when the execution succeeded, else 500; its body is the execution's
     * status, output, error and cause.
     *
     * @param event the execution input: the event, or for a schedule null to use the schedule's own input
     */
    public Response startExecution(String event, Consumer<String> log) throws SamHttpException, InterruptedException {
        Trace trace = new Trace(log);
        Map<String, String> parameterValues = values.parameterValues();
        String arn = project.stateMachines().keySet().iterator().next();
        String inputText = event != null && !event.isBlank() ? event : project.scheduleInput();
        if (inputText == null) {
            throw new SamHttpException(List.of("the workflow starts from an event: give one with "
                    + Setting.BODY.mention("...") + " or " + Setting.BODY_FILE.mention("event.json")
                    + " (an EventBridge event as the rule delivers it)"));
        }
        JsonNode input;
        JsonNode definition;
        try {
            input = JSON.readTree(inputText);
            definition = project.definition(arn, parameterValues);
        } catch (java.io.IOException e) {
            throw new SamHttpException(List.of("the event is not JSON: " + e.getMessage()));
        }
        Map<String, Connection> connections = values.connections(definition, trace);
        trace.add("StartExecution: " + arn + " (" + project.triggerType() + ", asynchronous)");
        ObjectNode result = execute(arn, ":execution:", definition, input, trace, connections);
        if (heldBack(result)) {
            return dryRun(result, trace);
        }
        trace.add("execution " + result.path("status").asText());
        return new Response("SUCCEEDED".equals(result.path("status").asText()) ? 200 : 500,
                trace.mask(result.toString()), false, trace.lines());
    }

    /** Waits for the executions ASYNC routes started to end. */
    public void awaitExecutions() throws InterruptedException {
        api.awaitAll();
    }

    /**
     * After an ASYNC route's 202 (a Location): waits for the execution to end, then asks its status route as a
     * client would, with {@code headers}. Null for any other answer.
     */
    public Response statusAnswer(Response started, Map<String, String> headers, Consumer<String> log)
            throws SamHttpException, InterruptedException {
        String location = started.headers().get("Location");
        if (started.status() != 202 || location == null) {
            return null;
        }
        awaitExecutions();
        String path = URI.create(location).getRawPath();
        log.accept("the execution ended: GET " + path);
        return invoke(new Request("GET", path, headers, Map.of(), ""), log);
    }

    private static boolean heldBack(JsonNode result) {
        return Execution.DRY_RUN.equals(result.path("status").asText());
    }

    /** A dry run's answer: the request the HTTP Task held back, as it would have gone out. */
    private Response dryRun(JsonNode result, Trace trace) {
        for (String reference : unset) {
            trace.add("dry run: no local value for " + reference + " (set " + Secrets.environmentVariable(reference)
                    + " or a settings.xml server of that id); the request shows the variable's name in its place");
        }
        trace.add("dry run: the request below was not sent");
        return new Response(0, result.path("cause").asText(), true, trace.lines());
    }

    /** The route of the request; its path parameters, read as API Gateway would, go into {@code pathParameters}. */
    private LocalProject.Route route(Request request, Map<String, String> pathParameters) {
        for (LocalProject.Route route : project.routes()) {
            boolean httpApi = route.integration() != null && route.integration().path("type").asText().equals("aws_proxy");
            if (route.method().equalsIgnoreCase(request.method()) && RoutePaths.matches(route.path(), request.path(),
                    httpApi ? RoutePaths.Reading.DECODED : options.emulation().pathReading(), pathParameters)) {
                return route;
            }
        }
        return null;
    }
}
