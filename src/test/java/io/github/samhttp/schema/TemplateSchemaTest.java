package io.github.samhttp.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated template.yaml against the official SAM and CloudFormation resource schemas. */
class TemplateSchemaTest {

    static CloudFormationSchemas schemas;

    @BeforeAll
    static void load() throws Exception {
        schemas = new CloudFormationSchemas(Path.of(System.getProperty("samhttp.schemas", "../shared/schemas")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.samhttp.core.TestProjects#variants")
    void generatedTemplateIsValid(String variant, String descriptor) throws Exception {
        Map<String, byte[]> files = TestProjects.render(descriptor);
        // Kept for .ci/validate-generated, which runs the npm validators (ASL, OpenAPI) on every variant.
        Path project = Path.of("target/generated-projects", variant);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.createDirectories(project.resolve(file.getKey()).getParent());
            Files.write(project.resolve(file.getKey()), file.getValue());
        }
        // The root template, and each nested stack's beside it (a service of over 50 integrations).
        int templates = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".yaml") && !file.getKey().equals("api.yaml")) {
                JsonNode template = new YAMLMapper().readTree(file.getValue());
                assertThat(schemas.validate(template)).as(file.getKey()).isEmpty();
                templates++;
            }
        }
        assertThat(templates).isGreaterThanOrEqualTo(variant.startsWith("hub-") ? 2 : 1);
    }

    @Test
    void theCheckCatchesABrokenTemplate() throws Exception {
        ObjectNode template = (ObjectNode) new YAMLMapper().readTree(
                TestProjects.render(TestProjects.variants().findFirst().orElseThrow().get()[1].toString())
                        .get("template.yaml"));
        ObjectNode connection = (ObjectNode) template.path("Resources").path("Connection").path("Properties");
        connection.put("AuthorizationType", "KERBEROS");
        ObjectNode machine = (ObjectNode) template.path("Resources").path("StateMachine").path("Properties");
        machine.put("Type", 42);

        assertThat(schemas.validate(template))
                .anyMatch(e -> e.contains("Connection"))
                .anyMatch(e -> e.contains("StateMachine"));
    }
}
