package io.github.samhttp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.Problem;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.DescriptorReader;
import io.github.samhttp.core.shape.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the bad-descriptor corpus that the build refuses for its shape (the shape check, derived from the
 * same declaration as the schema) is refused by the JSON Schema too, so an editor squiggles it before any build. The
 * exceptions are listed, each with the reason the schema cannot say it.
 */
class SchemaRefusesShapeErrorsTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-descriptors");

    /** Shape errors that JSON Schema cannot express, by file, and why. */
    static final Set<String> BEYOND_THE_SCHEMA = Set.of();

    @Test
    void everyShapeErrorOfTheCorpusIsAlsoASchemaError() throws Exception {
        Set<String> shapeRefused = new TreeSet<>();
        Set<String> schemaAccepted = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Problem> problems = new ArrayList<>();
            Descriptor descriptor = DescriptorReader.read(name, Files.readAllBytes(file), problems);
            if (descriptor == null || !problems.isEmpty()) {
                continue;
            }
            FieldReader fields = new FieldReader(View.of(descriptor), problems, new ArrayList<>());
            if (descriptor.root().has("integrations")) {
                ShapeCheck.service(fields);
            } else {
                ShapeCheck.single(fields);
            }
            if (problems.isEmpty()) {
                continue;
            }
            shapeRefused.add(name);
            if (SchemaCheck.problems(descriptor.root()).isEmpty()) {
                schemaAccepted.add(name);
            }
        }
        assertThat(shapeRefused).as("the corpus has shape errors to compare").hasSizeGreaterThan(40);
        assertThat(schemaAccepted).as("shape errors the schema accepts").containsExactlyInAnyOrderElementsOf(
                BEYOND_THE_SCHEMA);
    }
}
