package io.github.samhttp.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.aws.EventBridgeConnections;
import io.github.samhttp.core.local.LocalProject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A connection's customer managed key and private endpoint: in the template, the execution role and the warnings. */
class ConnectionOptionsTest {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String ALIAS = "arn:aws:kms:eu-west-1:123456789012:alias/connections";
    private static final String LATTICE = "arn:aws:vpc-lattice:eu-west-1:123456789012:resourceconfiguration/"
            + "rcfg-0123456789abcdef0";

    private static String seed(String authExtra) {
        return "endpoint: https://api.internal.example.com/v1/orders\nmethod: POST\nauth:\n  type: API_KEY\n"
                + "  header: x-api-key\n  value: \"secretsmanager:orders:SecretString:key\"\n" + authExtra;
    }

    private static JsonNode template(String yaml) throws Exception {
        return YAML.readTree(TestProjects.render(yaml).get("template.yaml"));
    }

    private static JsonNode statement(JsonNode template, String sid) {
        for (JsonNode statement : template.path("Resources").path("StateMachine").path("Properties")
                .path("Policies").get(0).path("Statement")) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        return null;
    }

    @Test
    void aKeyArnEncryptsTheSecretAndTheRoleMayDecryptOnlyThroughSecretsManager() throws Exception {
        JsonNode template = template(seed("  kmsKey: " + KEY + "\n"));
        assertThat(template.path("Resources").path("Connection").path("Properties").path("KmsKeyIdentifier")
                .asText()).isEqualTo(KEY);
        JsonNode decrypt = statement(template, "DecryptConnectionSecret");
        assertThat(decrypt.path("Action").asText()).isEqualTo("kms:Decrypt");
        assertThat(decrypt.path("Resource").asText()).isEqualTo(KEY);
        JsonNode equals = decrypt.path("Condition").path("StringEquals");
        assertThat(equals.path("kms:ViaService").path("Fn::Sub").asText())
                .isEqualTo("secretsmanager.${AWS::Region}.${AWS::URLSuffix}");
        assertThat(equals.path("kms:EncryptionContext:SecretARN").path("Fn::GetAtt").toString())
                .isEqualTo("[\"Connection\",\"SecretArn\"]");
    }

    @Test
    void anAliasIsMatchedByTheAliasNotByItsArn() throws Exception {
        JsonNode decrypt = statement(template(seed("  kmsKey: " + ALIAS + "\n")), "DecryptConnectionSecret");
        assertThat(decrypt.path("Resource").asText()).isEqualTo("arn:aws:kms:eu-west-1:123456789012:key/*");
        assertThat(decrypt.path("Condition").path("ForAnyValue:StringEquals").path("kms:ResourceAliases").asText())
                .isEqualTo("alias/connections");
    }

    @Test
    void withoutAKeyTheRoleHasNoKmsPermission() throws Exception {
        JsonNode template = template(seed(""));
        assertThat(statement(template, "DecryptConnectionSecret")).isNull();
        assertThat(template.path("Resources").path("Connection").path("Properties").has("KmsKeyIdentifier"))
                .isFalse();
        assertThat(template.toString()).doesNotContain("kms:", "InvocationConnectivityParameters");
    }

    @Test
    void theBuildWarnsWithTheExactKeyPolicyStatements() throws Exception {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        TestProjects.service("integration.yaml", seed("  kmsKey: " + ALIAS + "\n").getBytes(StandardCharsets.UTF_8),
                problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).hasSize(1);
        String warning = warnings.get(0).render("integration.yaml");
        assertThat(warning).startsWith("integration.yaml:7:11: field 'auth.kmsKey': EventBridge uses this key")
                .contains("EventBridgeApiDestinations=true", EventBridgeConnections.keyPolicyStatements(ALIAS));
        JsonNode statements = new ObjectMapper().readTree(EventBridgeConnections.keyPolicyStatements(ALIAS));
        assertThat(statements).hasSize(2);
        JsonNode describe = statements.get(0);
        assertThat(describe.path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::123456789012:root");
        assertThat(describe.path("Action").asText()).isEqualTo("kms:DescribeKey");
        assertThat(describe.path("Condition").has("StringLike")).as("DescribeKey carries no encryption context")
                .isFalse();
        JsonNode use = statements.get(1);
        assertThat(use.path("Action").toString()).isEqualTo("[\"kms:GenerateDataKey\",\"kms:Decrypt\"]");
        assertThat(use.path("Condition").path("StringLike").path("kms:ViaService").asText())
                .isEqualTo("secretsmanager.*.amazonaws.com");
        assertThat(use.path("Condition").path("StringEquals").path("aws:ResourceTag/EventBridgeApiDestinations")
                .asText()).isEqualTo("true");
        JsonNode china = new ObjectMapper().readTree(EventBridgeConnections.keyPolicyStatements(
                "arn:aws-cn:kms:cn-north-1:123456789012:alias/connections")).get(1);
        assertThat(china.path("Condition").path("StringLike").path("kms:ViaService").asText())
                .isEqualTo("secretsmanager.*.amazonaws.com.cn");
        assertThat(china.path("Principal").path("AWS").asText()).isEqualTo("arn:aws-cn:iam::123456789012:root");
    }

    @Test
    void aKeyAwsManagesIsRefusedAndAPrivateEndpointNamesTheDeployPermissions() {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        TestProjects.service("integration.yaml", seed("  kmsKey: arn:aws:kms:eu-west-1:123456789012:alias/aws/"
                + "secretsmanager\n").getBytes(StandardCharsets.UTF_8), problems, warnings);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).render("integration.yaml")).contains("a key AWS manages cannot encrypt a"
                + " connection");
        problems.clear();
        TestProjects.service("integration.yaml", seed("  privateEndpoint: {resourceConfiguration: " + LATTICE + "}\n")
                .getBytes(StandardCharsets.UTF_8), problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).render("integration.yaml")).contains(
                "vpc-lattice:CreateServiceNetworkResourceAssociation, vpc-lattice:GetResourceConfiguration,"
                        + " vpc-lattice:AssociateViaAWSService-EventsAndStates and events:CreateConnection");
    }

    @Test
    void aPrivateEndpointGoesThroughItsResourceConfiguration() throws Exception {
        JsonNode template = template(seed("  privateEndpoint: {resourceConfiguration: " + LATTICE + "}\n"));
        assertThat(template.path("Resources").path("Connection").path("Properties")
                .path("InvocationConnectivityParameters").path("ResourceParameters").path("ResourceConfigurationArn")
                .asText()).isEqualTo(LATTICE);
        assertThat(LocalProject.load(TestProjects.render(seed("  kmsKey: " + KEY + "\n  privateEndpoint:"
                + " {resourceConfiguration: " + LATTICE + "}\n"))).deployedOnly())
                .contains("Connection's private endpoint reached through " + LATTICE,
                        "Connection's secret encrypted with " + KEY);
    }

    @Test
    void sharedConnectionsKeepTheirOwnKeyAndEndpoint() throws Exception {
        JsonNode template = template("""
                name: orders
                connections:
                  internal:
                    type: API_KEY
                    header: x-api-key
                    value: "secretsmanager:orders:SecretString:key"
                    kmsKey: %s
                    privateEndpoint: {resourceConfiguration: %s}
                  public:
                    type: API_KEY
                    header: x-api-key
                    value: "secretsmanager:public:SecretString:key"
                integrations:
                  create:
                    endpoint: https://api.internal.example.com/v1/orders
                    method: POST
                    connection: internal
                  status:
                    endpoint: https://status.example.com/v1
                    method: GET
                    connection: public
                """.formatted(ALIAS, LATTICE));
        JsonNode resources = template.path("Resources");
        assertThat(resources.path("ConnectionInternal").path("Properties").path("KmsKeyIdentifier").asText())
                .isEqualTo(ALIAS);
        assertThat(resources.path("ConnectionPublic").path("Properties").has("KmsKeyIdentifier")).isFalse();
        assertThat(resources.path("StateMachineCreate").toString()).contains("DecryptConnectionSecret");
        assertThat(resources.path("StateMachineStatus").toString()).doesNotContain("DecryptConnectionSecret");
    }

    @Test
    void aConnectionKeyInAnIntegrationIsReportedOnce() throws Exception {
        List<Problem> problems = new ArrayList<>();
        TestProjects.service("integration.yaml", java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/bad-descriptors/268-multi-kms-key-in-integration.yaml")), problems, new ArrayList<>());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).render("integration.yaml")).contains("'kmsKey' is a setting of the connection",
                "under the connection it uses in 'connections:'");
    }

    @Test
    void theSameKeyWrittenInTwoIntegrationsIsWarnedAboutOnce() {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        String auth = "    auth: {type: API_KEY, header: x-api-key, value: \"secretsmanager:k:SecretString:v\", kmsKey: "
                + KEY + "}\n";
        TestProjects.service("integration.yaml", ("name: orders\nintegrations:\n  create:\n"
                + "    endpoint: https://api.example.com/v1/orders\n    method: POST\n" + auth
                + "  list:\n    endpoint: https://api.example.com/v1/orders\n    method: GET\n" + auth)
                .getBytes(StandardCharsets.UTF_8), problems, warnings);
        assertThat(problems).isEmpty();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).field()).isEqualTo("integrations.create.auth.kmsKey");
    }
}
