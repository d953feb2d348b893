package io.github.samhttp.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.local.LocalProject;
import java.util.Iterator;
import org.junit.jupiter.api.Test;

/** The custom domain, the WAF web ACL and the access logs, for a REST API and an HTTP API. */
class ApiEdgesTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String SEED = """
            endpoint: https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json
            method: POST
            auth: {type: BASIC, username: ssm:/twilio_sid, password: "secretsmanager:twilio/auth:SecretString:token"}
            path: /sms
            """;
    private static final String CERTIFICATE =
            "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";
    private static final String ACL =
            "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/12345678-1234-1234-1234-123456789012";

    private static JsonNode template(String yaml) throws Exception {
        return YAML.readTree(TestProjects.render(yaml).get("template.yaml"));
    }

    @Test
    void aDomainIsRegionalWithItsRecordAndTheUrlUsesIt() throws Exception {
        JsonNode template = template(SEED + "domain: {name: api.example.com, certificate: " + CERTIFICATE
                + ", hostedZoneId: Z0123456789ABCDEFGHIJ, basePath: v1}\n");
        JsonNode domain = template.path("Resources").path("Api").path("Properties").path("Domain");
        assertThat(domain.path("DomainName").asText()).isEqualTo("api.example.com");
        assertThat(domain.path("CertificateArn").asText()).isEqualTo(CERTIFICATE);
        assertThat(domain.path("EndpointConfiguration").asText()).isEqualTo("REGIONAL");
        assertThat(domain.path("BasePath").toString()).isEqualTo("[\"v1\"]");
        assertThat(domain.path("Route53").path("HostedZoneId").asText()).isEqualTo("Z0123456789ABCDEFGHIJ");
        JsonNode url = template.path("Outputs").path("ApiUrl").path("Value").path("Fn::Sub");
        assertThat(url.get(0).asText()).isEqualTo("https://${Domain}${BasePath}${Path}");
        assertThat(url.get(1).toString()).isEqualTo("{\"Domain\":\"api.example.com\",\"BasePath\":\"/v1\",\"Path\":\"/sms\"}");
    }

    @Test
    void withoutABasePathOrZoneTheDomainIsTheRoot() throws Exception {
        JsonNode template = template(SEED + "trigger: HTTP_API\ndomain: {name: api.example.com, certificate: "
                + CERTIFICATE + "}\n");
        JsonNode domain = template.path("Resources").path("Api").path("Properties").path("Domain");
        assertThat(domain.has("BasePath")).isFalse();
        assertThat(domain.has("Route53")).isFalse();
        assertThat(template.path("Outputs").path("ApiUrl").path("Value").path("Fn::Sub").get(0).asText())
                .isEqualTo("https://${Domain}${Path}");
    }

    @Test
    void aWebAclIsAssociatedWithTheStage() throws Exception {
        JsonNode association = template(SEED + "webAcl: " + ACL + "\n").path("Resources")
                .path("ApiWebAclAssociation");
        assertThat(association.path("Type").asText()).isEqualTo("AWS::WAFv2::WebACLAssociation");
        assertThat(association.path("Properties").path("WebACLArn").asText()).isEqualTo(ACL);
        assertThat(association.path("Properties").path("ResourceArn").path("Fn::Sub").asText()).isEqualTo(
                "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/${Api.Stage}");
    }

    @Test
    void accessLogsAreJsonLinesWithoutRequestData() throws Exception {
        for (String trigger : new String[] {"REST_API", "HTTP_API"}) {
            JsonNode resources = template(SEED + "trigger: " + trigger + "\naccessLogs: {retentionDays: 90}\n")
                    .path("Resources");
            assertThat(resources.path("ApiAccessLogGroup").path("Properties").path("RetentionInDays").asInt())
                    .isEqualTo(90);
            JsonNode setting = resources.path("Api").path("Properties")
                    .path(trigger.equals("REST_API") ? "AccessLogSetting" : "AccessLogSettings");
            assertThat(setting.path("DestinationArn").path("Fn::GetAtt").toString())
                    .isEqualTo("[\"ApiAccessLogGroup\",\"Arn\"]");
            JsonNode format = new ObjectMapper().readTree(setting.path("Format").asText());
            assertThat(format.fieldNames()).toIterable().containsExactly("requestId", "requestTime", "httpMethod",
                    "route", "status", "latencyMillis", "integrationStatus", "integrationLatencyMillis");
            for (Iterator<JsonNode> it = format.elements(); it.hasNext(); ) {
                assertThat(it.next().asText()).startsWith("$context.").doesNotContain("header", "apiKey",
                        "querystring", "body", "identity");
            }
        }
        JsonNode resources = template(SEED + "accessLogs: true\n").path("Resources");
        assertThat(resources.path("ApiAccessLogGroup").path("Properties").path("RetentionInDays").asInt())
                .isEqualTo(30);
        assertThat(template(SEED).path("Resources").has("ApiAccessLogGroup")).isFalse();
        assertThat(template(SEED + "accessLogs: false\n").path("Resources").has("ApiAccessLogGroup")).isFalse();
    }

    @Test
    void aLocalRunNamesTheEdgesItDoesNotRun() throws Exception {
        assertThat(LocalProject.load(TestProjects.render(SEED + "domain: {name: api.example.com, certificate: "
                + CERTIFICATE + "}\nwebAcl: " + ACL + "\naccessLogs: true\n")).deployedOnly())
                .contains("the custom domain api.example.com", "the WAF web ACL " + ACL, "access logs kept 30 days");
    }

    @Test
    void anInternationalisedDomainIsTakenInItsAsciiForm() throws Exception {
        JsonNode domain = template(SEED + "domain: {name: api.xn--bcher-kva.xn--p1ai, certificate: " + CERTIFICATE
                + "}\n").path("Resources").path("Api").path("Properties").path("Domain");
        assertThat(domain.path("DomainName").asText()).isEqualTo("api.xn--bcher-kva.xn--p1ai");
        assertThat(io.github.samhttp.core.aws.ApiGatewayEdges.DOMAIN_NAME.matcher("api.b\u00fccher.de").matches())
                .isFalse();
    }
}
