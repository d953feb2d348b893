package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.Service;

/** {@code samconfig.toml}: lets {@code sam build && sam deploy} run without {@code --guided}. */
final class SamConfigDocument {

    private SamConfigDocument() {
    }

    static ObjectNode build(Service service) {
        ObjectNode config = Cfn.object();
        config.put("version", 0.1);
        ObjectNode deploy = config.putObject("default").putObject("deploy").putObject("parameters");
        deploy.put("stack_name", service.name());
        deploy.put("resolve_s3", true);
        // Nested stacks whose templates use the SAM transform need CloudFormation's leave to expand them.
        deploy.put("capabilities", service.nested() ? "CAPABILITY_IAM CAPABILITY_AUTO_EXPAND" : "CAPABILITY_IAM");
        deploy.put("confirm_changeset", false);
        deploy.put("fail_on_empty_changeset", false);
        return config;
    }
}
