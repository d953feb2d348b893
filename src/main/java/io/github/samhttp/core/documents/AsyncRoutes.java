package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.samhttp.core.aws.ApiTimeouts;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Service;

/**
 * The two routes of an ASYNC integration: its own, which starts a STANDARD execution (StartExecution) and answers
 * 202 with where to ask, and {@code GET <path>/executions/{executionId}}, which asks (DescribeExecution) and answers
 * 202 while it runs, then as the synchronous route would.
 */
final class AsyncRoutes {

    private AsyncRoutes() {
    }

    static void startResponses(ObjectNode responses) {
        OpenApiDocument.response(responses, "202", "Started: executionId, statusUrl (also in Location)");
        OpenApiDocument.response(responses, "400", "The request was not valid");
        OpenApiDocument.response(responses, "409", "An execution of this idempotency key already ran, or runs with"
                + " another request");
        OpenApiDocument.response(responses, "429", "Too many executions: try again later");
        OpenApiDocument.response(responses, "502", "The execution could not be started");
    }

    /** The start route's integration: StartExecution, named by the idempotency header when there is one. */
    static ObjectNode start(Service.Member member) {
        Integration integration = member.integration();
        ObjectNode variables = OpenApiDocument.requestVariables(member);
        variables.put(MappingTemplates.IDEMPOTENCY_HEADER, integration.idempotencyHeader() == null ? ""
                : integration.idempotencyHeader());
        ObjectNode target = OpenApiDocument.integration(member, "StartExecution", Cfn.sub(MappingTemplates.startExecution(OpenApiDocument.inputParts(integration)),
                variables), ApiTimeouts.DEFAULT_SECONDS);
        ObjectNode responses = target.putObject("responses");
        ObjectNode errorVariables = Cfn.object().put(MappingTemplates.IDEMPOTENCY_HEADER,
                integration.idempotencyHeader() == null ? "idempotency key" : integration.idempotencyHeader());
        OpenApiDocument.integrationResponse(responses, "[45]\\d{2}", "502",
                Cfn.sub(MappingTemplates.startExecutionError(), errorVariables));
        OpenApiDocument.integrationResponse(responses, "default", "202",
                TextNode.valueOf(MappingTemplates.started()));
        return target;
    }

    /** {@code GET <path>/executions/{executionId}}: protected as the start route, answered from DescribeExecution. */
    static void status(ObjectNode paths, Service.Member member, ApiAuth apiAuth) {
        Integration integration = member.integration();
        ObjectNode operation = paths.putObject(integration.statusPath()).putObject("get");
        operation.put("operationId", member.operationId() + "Status");
        operation.put("summary", "The outcome of an execution started by " + integration.method() + " "
                + integration.path());
        operation.set("security", OpenApiDocument.security(apiAuth));
        ArrayNode parameters = operation.putArray("parameters");
        for (String name : integration.request().pathParameters()) {
            OpenApiDocument.parameter(parameters, name, "path", true);
        }
        OpenApiDocument.parameter(parameters, Integration.EXECUTION_ID, "path", true);
        ((ObjectNode) parameters.get(parameters.size() - 1)).put("description", "The executionId the start answered");
        ObjectNode responses = operation.putObject("responses");
        OpenApiDocument.answerResponses(responses, integration);
        OpenApiDocument.response(responses, "202", "Still running: {\"status\": \"RUNNING\"}");
        OpenApiDocument.response(responses, "404", "No execution of this integration has this id");
        OpenApiDocument.response(responses, "409", "The execution was stopped before it finished");
        ObjectNode variables = Cfn.object();
        variables.set(MappingTemplates.STATE_MACHINE_NAME, Stacks.machineName(member));
        ObjectNode target = OpenApiDocument.integration(member, "DescribeExecution",
                Cfn.sub(MappingTemplates.describeExecution(), variables), ApiTimeouts.DEFAULT_SECONDS);
        ObjectNode targetResponses = target.putObject("responses");
        OpenApiDocument.integrationResponse(targetResponses, "[45]\\d{2}", "404",
                TextNode.valueOf(MappingTemplates.describeExecutionError()));
        OpenApiDocument.integrationResponse(targetResponses, "default", "200",
                TextNode.valueOf(MappingTemplates.executionStatus()));
        operation.set("x-amazon-apigateway-integration", target);
    }
}
