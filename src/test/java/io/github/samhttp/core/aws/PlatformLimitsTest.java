package io.github.samhttp.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformLimitsTest {

    static final YAMLMapper YAML = new YAMLMapper();

    static Map<String, byte[]> seed() throws Exception {
        return new HashMap<>(TestProjects.render(Path.of("examples/twilio-sms/integration.yaml")));
    }

    @Test
    void theSeedProjectFitsEveryLimit() throws Exception {
        assertThat(PlatformLimits.check(seed())).isEmpty();
    }

    @Test
    void cloudFormationLimitsAreCheckedWithTheirCounts() throws Exception {
        Map<String, byte[]> files = seed();
        ObjectNode template = (ObjectNode) YAML.readTree(files.get("template.yaml"));
        ObjectNode resources = (ObjectNode) template.get("Resources");
        for (int i = 0; i < 500; i++) {
            resources.putObject("Queue" + i).put("Type", "AWS::SQS::Queue").putObject("Properties")
                    .put("QueueName", "{{resolve:ssm:/q" + i + "}}");
        }
        resources.putObject("Bad_Id").put("Type", "AWS::SQS::Queue");
        ObjectNode outputs = (ObjectNode) template.get("Outputs");
        for (int i = 0; i < 200; i++) {
            outputs.putObject("Out" + i).put("Value", "x");
        }
        ObjectNode parameters = template.putObject("Parameters");
        for (int i = 0; i < 201; i++) {
            parameters.putObject("P" + i).put("Type", "String");
        }
        ((ObjectNode) resources.get("StateMachine").get("Properties")).put("Name", "has spaces");
        ((ObjectNode) resources.get("Connection").get("Properties")).put("Name", "x".repeat(65));
        files.put("template.yaml", YAML.writeValueAsBytes(template));

        assertThat(PlatformLimits.check(files)).containsExactlyInAnyOrder(
                // The state machine's role, the API's deployment and stage are the transform's 3 more.
                "template.yaml: 518 resources once the SAM transform has expanded its 515, over CloudFormation's"
                        + " limit of 500. Fix: split the integrations over"
                        + " several descriptors (one stack each)",
                "template.yaml: 204 outputs, over CloudFormation's limit of 200. Fix: split the integrations over"
                        + " several descriptors (one stack each)",
                "template.yaml: 201 parameters, over CloudFormation's limit of 200. Fix: split the integrations over"
                        + " several descriptors (one stack each)",
                "template.yaml: 502 dynamic references ({{resolve:...}}), over CloudFormation's limit of 60 per"
                        + " template. Fix: split the integrations over several descriptors (one stack each)",
                "template.yaml: Resources ID 'Bad_Id' is not 1 to 255 letters and digits, as CloudFormation"
                        + " requires. Fix: rename it",
                "template.yaml: state machine name 'has spaces' breaks Step Functions' rule (1 to 80 of A-Z a-z 0-9"
                        + " _ -). Fix: choose another name",
                "template.yaml: connection name '" + "x".repeat(65) + "' breaks EventBridge's rule (1 to 64 of A-Z"
                        + " a-z 0-9 . _ -). Fix: choose another name");
    }

    @Test
    void sizeLimitsAreChecked() throws Exception {
        Map<String, byte[]> files = seed();
        files.put("template.yaml", ("Description: " + "x".repeat(1_100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("statemachine/twilio.asl.json", new byte[1_048_577]);
        String api = new String(files.get("api.yaml"), StandardCharsets.UTF_8)
                .replace("/sms:", "/s m s:").replace("#set($params = $input.params())", "#set($params = $input.params())## " + "y".repeat(310_000));
        files.put("api.yaml", api.getBytes(StandardCharsets.UTF_8));

        assertThat(PlatformLimits.check(files)).containsExactlyInAnyOrder(
                "template.yaml: 1100014 bytes, over CloudFormation's limit of 1048576 for a template uploaded to S3."
                        + " Fix: split the integrations over several descriptors (one stack each)",
                "statemachine/twilio.asl.json: 1048577 bytes, over Step Functions' definition limit of 1048576."
                        + " Fix: split the integration",
                "api.yaml: path '/s m s' is not a valid API Gateway resource path. Fix: use segments of letters,"
                        + " digits and . _ ~ - separated by '/'",
                "api.yaml: a mapping template of /s m s has 310307 bytes, over API Gateway's limit of 307200."
                        + " Fix: shorten it",
                "template.yaml: 1100018 bytes once CloudFormation has included the API body (compact JSON), over its"
                        + " limit of 1048576 for a processed template. Fix: split the integrations over several"
                        + " descriptors (one API each): each route's part grows with its forwarded headers and query"
                        + " parameters, its path parameters and CORS (about 1 KB a route)");
    }

    @Test
    void eachNestedStackIsCheckedAfterTheTransformUnderItsOwnName() throws Exception {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.largeService(60, false)));
        assertThat(PlatformLimits.check(files)).isEmpty();
        String nested = files.keySet().stream().filter(f -> f.startsWith("integrations-")).sorted().findFirst()
                .orElseThrow();
        ObjectNode template = (ObjectNode) YAML.readTree(files.get(nested));
        ObjectNode resources = (ObjectNode) template.get("Resources");
        // A state machine counts 2 once transformed (its role): 250 more make any stack too large.
        JsonNode machine = resources.get(resources.fieldNames().next().replace("LogGroup", ""));
        for (int i = 0; i < 250; i++) {
            resources.set("More" + i, machine.deepCopy());
        }
        files.put(nested, YAML.writeValueAsBytes(template));

        assertThat(PlatformLimits.check(files)).containsExactly(nested + ": " + SamTransform.count(template)
                + " resources once the SAM transform has expanded its " + resources.size() + ", over CloudFormation's"
                + " limit of 500. Fix: split the integrations over several descriptors (one stack each)");
        assertThat(SamTransform.count(template)).isGreaterThan(resources.size() + 250);
    }

    @Test
    void aRolesInlinePoliciesAreCountedAsIamCountsThem() throws Exception {
        Map<String, byte[]> files = new HashMap<>(TestProjects.render(TestProjects.largeService(3, false)));
        ObjectNode template = (ObjectNode) YAML.readTree(files.get("template.yaml"));
        com.fasterxml.jackson.databind.node.ArrayNode machines = (com.fasterxml.jackson.databind.node.ArrayNode)
                template.path("Resources").path("ApiRole").path("Properties").path("Policies").get(0)
                .path("PolicyDocument").path("Statement").get(0).path("Resource");
        assertThat(PlatformLimits.check(files)).isEmpty();
        for (int i = 0; i < 80; i++) {
            machines.addObject().put("Ref", "StateMachineOp" + i);
        }
        files.put("template.yaml", YAML.writeValueAsBytes(template));

        assertThat(PlatformLimits.check(files)).singleElement().asString().startsWith("template.yaml: the role of"
                + " ApiRole has inline policies of about ").contains("over IAM's limit of 10240 per role");
    }
}
