package io.github.samhttp.core.validate;

import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.Alarms;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.model.ApiEdges;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.ArrayFormat;
import io.github.samhttp.core.model.Connection;
import io.github.samhttp.core.model.ConnectionAuth;
import io.github.samhttp.core.model.ConnectionParameters;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.Endpoint;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.JsonValue;
import io.github.samhttp.core.model.Operations;
import io.github.samhttp.core.model.RequestShaping;
import io.github.samhttp.core.model.ResponseShaping;
import io.github.samhttp.core.model.RetryPolicy;
import io.github.samhttp.core.model.ServiceSettings;
import io.github.samhttp.core.model.Throttle;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.model.Workflow;
import io.github.samhttp.core.read.Descriptor;
import java.util.List;
import java.util.SortedMap;

/**
 * Checks the descriptor of one integration and turns it into an {@link Integration} with every default applied.
 * The checks live in rules by concern (endpoint, connection, request, schema, response, trigger, operations);
 * this class only runs them in order and assembles the model. Collects all problems rather than stopping at the
 * first, so one build shows everything to fix.
 */
public final class DescriptorValidator {

    private DescriptorValidator() {
    }

    /**
     * Validates a descriptor of one integration. Problems go into {@code problems}, advice that does not stop the
     * build into {@code warnings}. The result is meaningful only when no problem was added.
     */
    public static Validated validate(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        FieldReader fields = new FieldReader(View.of(descriptor), problems, warnings);
        new UserTextGate(fields).check();
        return validate(fields);
    }

    /** One integration, and the service-wide settings it was validated with. */
    public record Validated(ServiceSettings settings, Integration integration) {
    }

    /** Validates one integration as the rules read it (see {@link View}); the user text was checked before. */
    static Validated validate(FieldReader fields) {
        ShapeCheck.single(fields);
        TriggerRules triggers = new TriggerRules(fields);
        Trigger trigger = triggers.trigger();
        Mode requestedMode = fields.choice("mode", Mode.class, Mode.SYNC);
        Workflow workflow = fields.choice("workflow", Workflow.class, requestedMode == Mode.ASYNC ? Workflow.STANDARD
                : Workflow.EXPRESS);
        if (trigger != null) {
            triggers.triggerRules(trigger, workflow, requestedMode);
        }
        boolean api = trigger == null || trigger.synchronous();
        // Whether a caller waits on the request for the third party's answer: its budgets are API Gateway's.
        boolean sync = api && requestedMode == Mode.SYNC;
        EndpointRules endpoints = new EndpointRules(fields);
        Endpoint endpoint = endpoints.endpoint();
        HttpMethod method = fields.choice("method", HttpMethod.class, null);
        ConnectionRules connection = new ConnectionRules(fields);
        ConnectionAuth auth = connection.auth();
        String name = fields.text("name", endpoint == null ? "integration" : EndpointRules.defaultName(endpoint));
        String stage = fields.text("stage", ServiceSettings.DEFAULT_STAGE);
        SortedMap<String, String> endpointParameters = endpoints.endpointParameters();
        RequestRules request = new RequestRules(fields);
        String path = request.path(RequestRules.defaultPath(name, endpoint, endpointParameters));
        Mode mode = new ModeRules(fields).mode(trigger, path);
        String requestBody = request.requestBody(method);
        Encoding encoding = fields.choice("encoding", Encoding.class, Encoding.JSON);
        if (encoding == Encoding.URL_ENCODED && method != null && !method.sendsBody()) {
            fields.addProblem("encoding", "URL_ENCODED", "a " + method + " request has no body to encode",
                    "remove 'encoding', or use POST, PUT or PATCH");
        }
        ArrayFormat arrayFormat = arrayFormat(fields, encoding);
        SortedMap<String, String> headers = request.headers(encoding);
        OperationsRules operationsRules = new OperationsRules(fields);
        RetryPolicy retry = operationsRules.retry();
        EndpointType endpointType = fields.choice("endpointType", EndpointType.class, EndpointType.EDGE);
        int apiTimeout = operationsRules.apiTimeoutSeconds(endpointType, sync);
        int executionLimit = sync ? ApiTimeouts.executionSeconds(apiTimeout) : api
                ? Integration.API_ASYNC_EXECUTION_TIMEOUT_SECONDS : Integration.ASYNC_EXECUTION_TIMEOUT_SECONDS;
        int timeoutSeconds = operationsRules.timeoutSeconds(Integration.DEFAULT_TIMEOUT_SECONDS,
                Math.min(executionLimit, ApiTimeouts.HTTP_TASK_ATTEMPT_SECONDS), sync, apiTimeout);
        ApiAuth apiAuth = apiAuth(fields, trigger, api);
        operationsRules.retryWaits(retry, executionLimit, sync);
        operationsRules.retryFits(retry, timeoutSeconds, executionLimit, sync);
        Operations operations = operationsRules.operations();
        ConnectionParameters parameters = connection.connectionParameters();
        List<String> pathParameters = request.pathParameters(path, endpoint, endpointParameters);
        if (trigger != null && !(trigger instanceof Trigger.RestApi) && !pathParameters.isEmpty()) {
            fields.addProblem("endpoint", fields.at("endpoint").asText(), "only a REST API fills an endpoint"
                    + " placeholder from the request path ({" + pathParameters.get(0) + "})", "fill it at deploy time"
                    + " with 'endpointParameters', or use 'trigger: REST_API'");
        }
        SortedMap<String, String> query = request.query();
        List<String> forwardQuery = request.forwardQuery(query);
        List<String> forwardHeaders = request.forwardHeaders(headers);
        JsonValue bodySchema = new SchemaRules(fields).requestSchema(method);
        ResponseShaping response = new ResponseRules(fields).response();
        MonitoringRules monitoring = new MonitoringRules(fields);
        Throttle throttle = monitoring.throttle();
        Alarms alarms = monitoring.alarms(trigger, endpointType);
        ApiEdges edges = monitoring.edges(trigger instanceof Trigger.RestApi, new CorsRules(fields).cors(method, path),
                endpointType);
        monitoring.oneRegion("domain.certificate", "webAcl", "alarms.topic", "auth.kmsKey",
                "auth.privateEndpoint.resourceConfiguration");
        if (!fields.clean()) {
            return null;
        }
        return new Validated(new ServiceSettings(stage, apiAuth, trigger, fields.bool("tracing", false),
                operationsRules.tags(), throttle, alarms, monitoring.dashboard(), edges), new Integration(name, endpoint, method, new Connection(auth, parameters, connection.kmsKey(),
                connection.resourceConfiguration()), path, requestBody, encoding,
                arrayFormat, headers, retry, timeoutSeconds, operations,
                new RequestShaping(pathParameters, endpointParameters, query, forwardQuery, forwardHeaders,
                        bodySchema),
                response, trigger.synchronous(), workflow, apiTimeout, mode, fields.text("idempotencyHeader")));
    }

    private static ArrayFormat arrayFormat(FieldReader fields, Encoding encoding) {
        ArrayFormat arrayFormat = fields.choice("arrayFormat", ArrayFormat.class, null);
        if (encoding != Encoding.URL_ENCODED && arrayFormat != null) {
            fields.addProblem("arrayFormat", arrayFormat.name(), "only a URL-encoded body has an array format",
                    "add 'encoding: URL_ENCODED', or remove 'arrayFormat'");
        }
        return arrayFormat;
    }

    /** How callers authenticate: an HTTP API has no API keys, so IAM is its safe default. */
    private static ApiAuth apiAuth(FieldReader fields, Trigger trigger, boolean sync) {
        ApiAuth apiAuth = fields.choice("apiAuth", ApiAuth.class, trigger instanceof Trigger.HttpApi ? ApiAuth.IAM
                : ApiAuth.API_KEY);
        if (trigger instanceof Trigger.HttpApi && apiAuth == ApiAuth.API_KEY) {
            fields.addProblem("apiAuth", "API_KEY", "an HTTP API has no API keys", "use IAM (the default for"
                    + " HTTP_API) or NONE, or 'trigger: REST_API'");
        }
        if (apiAuth == ApiAuth.NONE && sync) {
            fields.warn("apiAuth", "NONE", "the endpoint is open to anyone on the internet, and every call reaches "
                    + fields.at("endpoint").asText() + " with your credentials",
                    "use API_KEY (the default) or IAM unless the endpoint must be public");
        }
        return apiAuth;
    }
}
