package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.ApiAuth;
import io.github.samhttp.core.model.ApiEdges;
import io.github.samhttp.core.model.EndpointType;
import io.github.samhttp.core.model.LogicalIds;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.model.Throttle;
import io.github.samhttp.core.model.Trigger;
import io.github.samhttp.core.read.JsonText;
import java.util.List;

/**
 * The API's resources in the template: the REST API (or HTTP API) that includes the API body, the role it starts
 * executions with, and, for API keys, the key, its usage plan and their link.
 */
final class ApiResources {

    private ApiResources() {
    }

    /**
     * The API of a service started by API requests, and the role it starts {@code members} with (none when the
     * integrations are in nested stacks, which hold their own).
     */
    static void add(ObjectNode resources, Service service, List<Service.Member> members, String apiFile) {
        if (!members.isEmpty()) {
            apiRole(resources, members);
        }
        if (service.trigger() instanceof Trigger.RestApi) {
            api(resources, service, apiFile);
            if (service.settings().apiAuth() == ApiAuth.API_KEY) {
                addApiKey(resources, service);
            }
        } else {
            httpApi(resources, service, apiFile);
        }
    }

    /** The role API Gateway starts these state machines' executions with: theirs, and nothing else. */
    static void apiRole(ObjectNode resources, List<Service.Member> members) {
        ObjectNode properties = Cfn.resource(resources, LogicalIds.API_ROLE, "AWS::IAM::Role");
        ObjectNode trust = properties.putObject("AssumeRolePolicyDocument").put("Version", Cfn.POLICY_VERSION);
        ObjectNode assume = trust.putArray("Statement").addObject().put("Effect", "Allow");
        assume.putObject("Principal").put("Service", "apigateway.amazonaws.com");
        assume.put("Action", "sts:AssumeRole");
        boolean async = members.stream().anyMatch(m -> m.integration().mode() == Mode.ASYNC);
        ObjectNode policy = properties.putArray("Policies").addObject().put("PolicyName", async ? "StartExecutions"
                : "StartSyncExecution");
        ObjectNode document = policy.putObject("PolicyDocument").put("Version", Cfn.POLICY_VERSION);
        ArrayNode machines = Cfn.array();
        ArrayNode asyncMachines = Cfn.array();
        ArrayNode executions = Cfn.array();
        for (Service.Member m : members) {
            if (m.integration().mode() == Mode.ASYNC) {
                asyncMachines.add(Cfn.ref(m.stateMachineId()));
                // Its own executions only: the execution ARNs under this state machine's name.
                executions.add(Cfn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${"
                        + m.stateMachineId() + ".Name}:*"));
            } else {
                machines.add(Cfn.ref(m.stateMachineId()));
            }
        }
        ArrayNode statements = document.putArray("Statement");
        if (!machines.isEmpty()) {
            Cfn.statement(statements, "StartSyncExecution", Cfn.array("states:StartSyncExecution"))
                    .set("Resource", machines.size() == 1 ? machines.get(0) : machines);
        }
        if (!asyncMachines.isEmpty()) {
            Cfn.statement(statements, "StartExecution", Cfn.array("states:StartExecution"))
                    .set("Resource", asyncMachines.size() == 1 ? asyncMachines.get(0) : asyncMachines);
            Cfn.statement(statements, "DescribeExecution", Cfn.array("states:DescribeExecution"))
                    .set("Resource", executions.size() == 1 ? executions.get(0) : executions);
        }
    }

    private static void api(ObjectNode resources, Service service, String apiFile) {
        ObjectNode properties = Cfn.resource(resources, LogicalIds.API, "AWS::Serverless::Api");
        properties.put("Name", service.name());
        properties.put("StageName", service.settings().stage());
        // Set so that SAM does not also create its default stage named "Stage".
        properties.put("OpenApiVersion", "3.0.1");
        ApiEdges edges = service.settings().edges();
        if (edges.endpointType() != EndpointType.EDGE) {
            ObjectNode endpoint = properties.putObject("EndpointConfiguration").put("Type", edges.endpointType().name());
            if (!edges.vpcEndpointIds().isEmpty()) {
                ArrayNode ids = endpoint.putArray("VPCEndpointIds");
                edges.vpcEndpointIds().forEach(ids::add);
            }
        }
        if (service.settings().tracing()) {
            properties.put("TracingEnabled", true);
        }
        // Every route of the stage, whatever the caller: API keys add their own plan's limit on top.
        Throttle throttle = service.settings().throttle();
        properties.putArray("MethodSettings").addObject().put("ResourcePath", "/*").put("HttpMethod", "*")
                .put("ThrottlingRateLimit", throttle.rateLimit()).put("ThrottlingBurstLimit", throttle.burstLimit());
        edges(resources, properties, service, "AccessLogSetting");
        Cfn.tagMap(properties, service.settings().tags());
        include(properties, apiFile);
        String webAcl = service.settings().edges().webAcl();
        if (webAcl != null) {
            // The stage's ARN through SAM's Api.Stage reference: the association waits for the stage.
            ObjectNode association = Cfn.resource(resources, LogicalIds.WEB_ACL_ASSOCIATION,
                    "AWS::WAFv2::WebACLAssociation");
            association.set("ResourceArn", Cfn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${"
                    + LogicalIds.API + "}/stages/${" + LogicalIds.API + ".Stage}"));
            association.put("WebACLArn", webAcl);
        }
    }

    /**
     * An HTTP API (v2): throttled by its default route settings (it has no usage plans); auth and the integration
     * are in the included body, as SAM's Auth does not reach an included body.
     */
    private static void httpApi(ObjectNode resources, Service service, String apiFile) {
        ObjectNode properties = Cfn.resource(resources, LogicalIds.API, "AWS::Serverless::HttpApi");
        properties.put("StageName", service.settings().stage());
        // No FailOnWarnings: the importer warns about parts it ignores (servers, response schemas) and a warning
        // must not fail the deployment.
        Throttle throttle = service.settings().throttle();
        properties.putObject("DefaultRouteSettings").put("ThrottlingBurstLimit", throttle.burstLimit())
                .put("ThrottlingRateLimit", throttle.rateLimit());
        edges(resources, properties, service, "AccessLogSettings");
        Cfn.tagMap(properties, service.settings().tags());
        include(properties, apiFile);
    }

    /**
     * The custom domain (regional, the certificate in the stack's region) and the access logs: one JSON line per
     * request with what a team needs to trace it, and nothing a caller sent (no body, header, query or API key).
     */
    private static void edges(ObjectNode resources, ObjectNode properties, Service service, String accessLogProperty) {
        ApiEdges edges = service.settings().edges();
        boolean rest = service.trigger() instanceof Trigger.RestApi;
        if (edges.domain() != null) {
            ApiEdges.Domain domain = edges.domain();
            ObjectNode node = properties.putObject("Domain").put("DomainName", domain.name())
                    .put("CertificateArn", domain.certificate()).put("EndpointConfiguration", "REGIONAL");
            if (domain.basePath() != null) {
                node.putArray("BasePath").add(domain.basePath());
            }
            if (domain.hostedZoneId() != null) {
                node.putObject("Route53").put("HostedZoneId", domain.hostedZoneId());
            }
        }
        if (edges.accessLogDays() > 0) {
            ObjectNode group = Cfn.resource(resources, LogicalIds.API_ACCESS_LOG_GROUP, "AWS::Logs::LogGroup");
            group.put("RetentionInDays", edges.accessLogDays());
            Cfn.tagList(group, service.settings().tags());
            ObjectNode format = Cfn.object().put("requestId", "$context.requestId")
                    .put("requestTime", "$context.requestTime").put("httpMethod", "$context.httpMethod")
                    .put("route", rest ? "$context.resourcePath" : "$context.routeKey")
                    .put("status", "$context.status").put("latencyMillis", "$context.responseLatency")
                    .put("integrationStatus", rest ? "$context.integration.status" : "$context.integrationStatus")
                    .put("integrationLatencyMillis", rest ? "$context.integration.latency"
                            : "$context.integrationLatency");
            ObjectNode setting = properties.putObject(accessLogProperty);
            setting.set("DestinationArn", Cfn.getAtt(LogicalIds.API_ACCESS_LOG_GROUP, "Arn"));
            setting.put("Format", JsonText.compact(format));
        }
    }

    /** The API's URL: its custom domain (and base path) when it has one, else the execute-api host and the stage. */
    static ObjectNode url(Service service, String path) {
        ApiEdges.Domain domain = service.settings().edges().domain();
        ObjectNode variables = Cfn.object();
        if (domain != null) {
            variables.put("Domain", domain.name());
            if (domain.basePath() != null) {
                variables.put("BasePath", "/" + domain.basePath());
            }
            if (path != null) {
                variables.put("Path", path);
            }
            return Cfn.sub("https://${Domain}" + (domain.basePath() != null ? "${BasePath}" : "")
                    + (path != null ? "${Path}" : ""), variables);
        }
        variables.put("Stage", service.settings().stage());
        if (path != null) {
            variables.put("Path", path);
        }
        return Cfn.sub("https://${" + LogicalIds.API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${Stage}"
                + (path != null ? "${Path}" : ""), variables);
    }

    /**
     * SAM's Auth settings do not reach an included OpenAPI body, so the key, the usage plan and their link are
     * spelled out here.
     */
    private static void addApiKey(ObjectNode resources, Service service) {
        ObjectNode key = Cfn.resource(resources, LogicalIds.API_KEY, "AWS::ApiGateway::ApiKey");
        key.put("Description", "Key for the " + service.name() + " API (generated by sam-http-maven-plugin)");
        key.put("Enabled", true);

        ObjectNode plan = Cfn.resource(resources, LogicalIds.USAGE_PLAN, "AWS::ApiGateway::UsagePlan");
        plan.put("Description", "Throttles calls to the " + service.name() + " API");
        ObjectNode stage = plan.putArray("ApiStages").addObject();
        stage.set("ApiId", Cfn.ref(LogicalIds.API));
        stage.set("Stage", Cfn.ref(LogicalIds.API + ".Stage"));
        Throttle throttle = service.settings().throttle();
        plan.putObject("Throttle").put("BurstLimit", throttle.burstLimit()).put("RateLimit", throttle.rateLimit());

        ObjectNode link = Cfn.resource(resources, LogicalIds.USAGE_PLAN_KEY, "AWS::ApiGateway::UsagePlanKey");
        link.set("KeyId", Cfn.ref(LogicalIds.API_KEY));
        link.put("KeyType", "API_KEY");
        link.set("UsagePlanId", Cfn.ref(LogicalIds.USAGE_PLAN));
    }

    /** The API body, included from its own file (SAM's Auth settings do not reach such a body). */
    private static void include(ObjectNode properties, String apiFile) {
        ObjectNode include = properties.putObject("DefinitionBody").putObject("Fn::Transform");
        include.put("Name", "AWS::Include");
        include.putObject("Parameters").put("Location", apiFile);
    }
}
