package io.github.samhttp.core.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.DescriptorReader;
import java.util.ArrayList;
import java.util.List;

/** The descriptor's JSON Schema, applied by a kept validator (networknt, draft-07) as an editor would apply it. */
public final class SchemaCheck {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(DescriptorSchema.tree());

    private SchemaCheck() {
    }

    /** What the schema finds wrong in a descriptor's tree, sorted; empty when it validates. */
    public static List<String> problems(JsonNode descriptor) {
        return SCHEMA.validate(descriptor).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The tree the build reads from the file (YAML 1.2), or null where the file is no YAML mapping. */
    public static JsonNode tree(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Descriptor descriptor = DescriptorReader.read(name, bytes, problems);
        return descriptor == null ? null : descriptor.root();
    }
}
