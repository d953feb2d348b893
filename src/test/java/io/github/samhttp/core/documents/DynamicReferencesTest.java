package io.github.samhttp.core.documents;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.Credential;
import org.junit.jupiter.api.Test;

class DynamicReferencesTest {

    static Document template(ObjectNode tree) {
        return new Document("template.yaml", Document.Format.YAML, tree);
    }

    @Test
    void aCredentialsDynamicReferenceIsTheOnlyPlaceForBraces() {
        ObjectNode tree = Cfn.object();
        tree.putObject("Connection").put("Password", Cfn.credential(new Credential.Secret("twilio/auth", "token")))
                .put("Username", Cfn.credential(new Credential.SsmParameter("/sid", "2")));
        assertThatCode(() -> DynamicReferences.check(template(tree))).doesNotThrowAnyException();
    }

    @Test
    void bracesInAKeyOrInsideOtherTextAreStoppedAtTheBoundary() {
        ObjectNode key = Cfn.object();
        key.putObject("Parameters").put("{{resolve:ssm:/x}}", "v");
        ObjectNode inside = Cfn.object();
        inside.putArray("Headers").add("Bearer {{resolve:ssm:/token}}");

        assertThatThrownBy(() -> DynamicReferences.check(template(key))).hasMessageContaining("in the key");
        assertThatThrownBy(() -> DynamicReferences.check(template(inside))).hasMessageContaining("/Headers/0");
    }
}
