package io.github.samhttp.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.samhttp.core.documents.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code samconfig.toml} in the layout {@code sam deploy --guided} writes ({@code version = 0.1}, then
 * {@code [default.deploy.parameters]} tables), read back by a TOML parser to the same values.
 */
class SamConfigTomlTest {

    static final TomlMapper TOML = new TomlMapper();

    @Test
    void theGoldenSamconfigIsInTheSamCliTableLayoutAndParsesBack() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/golden/twilio-sms/samconfig.toml"));
        assertThat(text).isEqualTo("""
                version = 0.1

                [default.deploy.parameters]
                stack_name = "twilio"
                resolve_s3 = true
                capabilities = "CAPABILITY_IAM"
                confirm_changeset = false
                fail_on_empty_changeset = false
                """);
        JsonNode parsed = TOML.readTree(text);
        assertThat(parsed.path("version").decimalValue()).isEqualByComparingTo("0.1");
        JsonNode deploy = parsed.path("default").path("deploy").path("parameters");
        assertThat(deploy.path("stack_name").asText()).isEqualTo("twilio");
        assertThat(deploy.path("resolve_s3").isBoolean()).isTrue();
        assertThat(deploy.path("capabilities").asText()).isEqualTo("CAPABILITY_IAM");
    }

    @Test
    void everyValueAndTableReadsBackAsWritten() throws Exception {
        ObjectNode tree = new ObjectMapper().createObjectNode();
        tree.put("version", 0.1);
        ObjectNode prod = tree.putObject("prod");
        prod.putObject("global").putObject("parameters").put("region", "eu-west-1");
        ObjectNode deploy = prod.putObject("deploy").putObject("parameters");
        deploy.put("stack_name", "quote\" back\\slash tab\t nl\n unicode é \u0001 end");
        deploy.put("retries", 3);
        deploy.putArray("tags").add("a=1").add("b \"2\"");

        String text = Serializers.text(Document.Format.TOML, tree);

        assertThat(text).startsWith("version = 0.1\n\n[prod.global.parameters]\nregion = \"eu-west-1\"\n\n"
                + "[prod.deploy.parameters]\n");
        assertThat(TOML.readTree(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(TOML.readTree(
                TOML.writeValueAsBytes(tree)));
    }

    @Test
    void whatTomlTablesCannotHoldIsABugNotSomethingWrittenWrong() {
        ObjectNode tree = new ObjectMapper().createObjectNode();
        tree.putObject("default").put("bad key", "x");
        assertThatThrownBy(() -> Serializers.text(Document.Format.TOML, tree))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad key");
        ObjectNode nested = new ObjectMapper().createObjectNode();
        nested.putArray("list").addObject().put("a", 1);
        assertThatThrownBy(() -> Serializers.text(Document.Format.TOML, nested))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list");
    }
}
