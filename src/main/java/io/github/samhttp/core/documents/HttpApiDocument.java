package io.github.samhttp.core.documents;

import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.model.LogicalIds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Service;

/**
 * The OpenAPI 3 body of an HTTP API (v2): one route whose {@code StepFunctions-StartSyncExecution} integration
 * passes the request body as the execution input. An HTTP API cannot rewrite a response body: the client gets
 * StartSyncExecution's answer (status, output, error, cause) with 200 whatever the execution did.
 */
final class HttpApiDocument {

    /** HTTP APIs allow at most 30 seconds; the route waits 29, the execution stops at 27. */
    static final int INTEGRATION_TIMEOUT_MILLIS = ApiTimeouts.DEFAULT_SECONDS * 1000;

    private HttpApiDocument() {
    }

    static ObjectNode build(Service service) {
        ObjectNode api = OpenApiDocument.start(service, ". The answer is StartSyncExecution's: read 'status', then"
                + " 'output' (a JSON string of {statusCode, body}) or 'error' and 'cause'.");
        api.put("x-amazon-apigateway-importexport-version", "1.0");
        ObjectNode paths = api.putObject("paths");
        for (Service.Member member : service.members()) {
            operation(OpenApiDocument.operationNode(paths, member.integration()), member, service.settings().apiAuth());
        }
        if (service.settings().edges().cors() != null) {
            CrossOrigin.httpApi(api, service, service.settings().edges().cors());
        }
        if (service.settings().apiAuth() == ApiAuth.IAM) {
            OpenApiDocument.sigv4Scheme(api.putObject("components").putObject("securitySchemes"));
        }
        return api;
    }

    private static void operation(ObjectNode operation, Service.Member member, ApiAuth apiAuth) {
        Integration integration = member.integration();
        operation.put("operationId", member.operationId());
        operation.put("summary", "Call " + integration.endpoint().host());
        operation.set("security", OpenApiDocument.security(apiAuth));
        ObjectNode responses = operation.putObject("responses");
        OpenApiDocument.response(responses, "200",
                "StartSyncExecution's answer: the execution's status, output, error and cause");
        OpenApiDocument.response(responses, "400", "StartSyncExecution refused the input: the body is not JSON");
        ObjectNode target = operation.putObject("x-amazon-apigateway-integration");
        target.put("type", "aws_proxy");
        target.put("integrationSubtype", "StepFunctions-StartSyncExecution");
        target.set("credentials", Stacks.apiRoleArn(member));
        ObjectNode parameters = target.putObject("requestParameters");
        parameters.set("StateMachineArn", Stacks.machineArn(member));
        parameters.put("Input", "$request.body");
        target.put("payloadFormatVersion", "1.0");
        target.put("connectionType", "INTERNET");
        target.put("timeoutInMillis", INTEGRATION_TIMEOUT_MILLIS);
    }
}
