package io.github.samhttp.core.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's descriptor reference is the declaration, rendered: a key added to {@link DescriptorShape} without
 * the README, or the README edited by hand, fails here. {@code -Dsamhttp.updateReadme=true} rewrites the table.
 */
class ReferenceTableTest {

    static final Path README = Path.of("README.md");
    static final String START = "<!-- descriptor-reference: generated from DescriptorShape by ReferenceTableTest -->\n";
    static final String END = "<!-- end of descriptor-reference -->\n";

    @Test
    void theReadmeTableIsTheDeclaration() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README marker").isGreaterThanOrEqualTo(0);
        assertThat(end).as("README end marker").isGreaterThan(start);
        String table = ReferenceTable.markdown();
        if (Boolean.getBoolean("samhttp.updateReadme")) {
            readme = readme.substring(0, start + START.length()) + table + readme.substring(end);
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            end = readme.indexOf(END);
        }
        assertThat(readme.substring(start + START.length(), end)).isEqualTo(table);
    }

    @Test
    void everyKeyHasADescriptionAndIsDeclaredOncePerMapping() {
        for (Shape.Fields fields : List.of(DescriptorShape.SINGLE_FORM, DescriptorShape.SERVICE_FORM,
                DescriptorShape.INTEGRATION)) {
            Set<String> names = new HashSet<>();
            for (Key key : fields.keys()) {
                assertThat(names.add(key.name())).as("declared twice: %s", key.name()).isTrue();
                assertThat(key.description()).as(key.name()).isNotBlank().endsWith(".");
            }
        }
    }
}
