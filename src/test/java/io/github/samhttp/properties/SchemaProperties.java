package io.github.samhttp.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.Problem;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.shape.SchemaCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON Schema never squiggles what the build accepts: every generated valid descriptor validates. */
class SchemaProperties {

    @Provide
    Arbitrary<Map<String, Object>> descriptors() {
        return Descriptors.valid();
    }

    @Provide
    Arbitrary<Map<String, Object>> services() {
        return Descriptors.service();
    }

    @Property(tries = 500)
    void everyValidDescriptorValidates(@ForAll("descriptors") Map<String, Object> descriptor) {
        theBuildAndTheSchemaBothAccept(Descriptors.yaml(descriptor));
    }

    @Property(tries = 200)
    void everyValidServiceValidates(@ForAll("services") Map<String, Object> descriptor) {
        theBuildAndTheSchemaBothAccept(Descriptors.yaml(descriptor));
    }

    private static void theBuildAndTheSchemaBothAccept(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        TestProjects.service("integration.yaml", bytes, problems, new ArrayList<>());
        assertThat(problems).as("the build accepts\n%s", yaml).isEmpty();
        assertThat(SchemaCheck.problems(SchemaCheck.tree("integration.yaml", bytes))).as("schema problems for\n%s", yaml)
                .isEmpty();
    }
}
