package io.github.samhttp.core;

import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.documents.ProjectDocuments;
import io.github.samhttp.core.aws.PlatformLimits;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.DescriptorReader;
import io.github.samhttp.core.validate.ServiceValidator;
import io.github.samhttp.core.write.OutputWriter;
import io.github.samhttp.core.write.UpToDate;
import io.github.samhttp.core.write.Serializers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door of generation. The pipeline, top to bottom: read the descriptor, validate it into a model, build
 * the documents, serialise them, check them against the platform limits, write what changed. Nothing is written
 * unless every stage before succeeded. Tests that need one stage enter at that stage's own boundary.
 */
public final class Generator {

    /** From how many documents serialising them in parallel pays for the threads. */
    private static final int PARALLEL_FROM = 8;

    private Generator() {
    }

    /**
     * What to generate, and where.
     *
     * @param descriptor the descriptor file
     * @param displayName how to name the descriptor in messages (e.g. relative to the project)
     * @param outputDirectory the folder of the generated project
     * @param options the write stage's options
     */
    public record Config(Path descriptor, String displayName, Path outputDirectory, OutputWriter.Options options) {
        public Config(Path descriptor, String displayName, Path outputDirectory) {
            this(descriptor, displayName, outputDirectory, OutputWriter.Options.DEFAULT);
        }
    }

    /**
     * What one run produced.
     *
     * @param files every generated file, relative to the output folder, in order
     * @param written the generated files whose content changed and were written
     * @param removed files of an earlier run that this run no longer generates, removed
     * @param warnings advice about the descriptor, one rendered line each
     */
    public record Result(List<String> files, List<String> written, List<String> removed, List<String> warnings) {

        public boolean upToDate() {
            return written.isEmpty() && removed.isEmpty();
        }
    }

    /**
     * The generated project, not written.
     *
     * @param files every file, serialised, by relative path in a fixed order
     * @param warnings advice about the descriptor, one rendered line each
     */
    public record Rendered(Map<String, byte[]> files, List<String> warnings) {
    }

    /**
     * Generates the project into the configured folder, writing only what changed. When the folder's manifest
     * records this very input and every file is as written, answers up to date at once ({@link UpToDate}): no
     * parsing, no document, no file touched.
     */
    public static Result generate(Config config) throws SamHttpException {
        byte[] bytes = readBytes(config.descriptor(), config.displayName());
        String input = UpToDate.input(bytes, config.displayName());
        UpToDate.Fresh fresh = UpToDate.check(config.outputDirectory(), input);
        if (fresh != null) {
            return new Result(fresh.files(), List.of(), List.of(), fresh.warnings());
        }
        Rendered rendered = render(config.displayName(), bytes);
        Map<String, byte[]> files = rendered.files();
        List<String> warnings = new ArrayList<>(rendered.warnings());
        // Said once, by the build that moves them: not kept with the warnings an up-to-date build repeats.
        String moved = layoutChange(config, files);
        if (moved != null) {
            warnings.add(moved);
        }
        List<String> changed = OutputWriter.write(config.outputDirectory(), files, config.options(), input,
                rendered.warnings());
        List<String> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String path : changed) {
            (files.containsKey(path) ? written : removed).add(path);
        }
        return new Result(List.copyOf(files.keySet()), List.copyOf(written), List.copyOf(removed),
                List.copyOf(warnings));
    }

    /**
     * When the project in the output folder had its integrations in the root stack and this one nests them (or the
     * other way round): deployed, CloudFormation makes every state machine and log group anew. Null otherwise.
     */
    private static String layoutChange(Config config, Map<String, byte[]> files) {
        Path folder = config.outputDirectory();
        if (!Files.isRegularFile(folder.resolve(ProjectDocuments.TEMPLATE))) {
            return null;
        }
        boolean was;
        try (java.nio.file.DirectoryStream<Path> nested = Files.newDirectoryStream(folder,
                ProjectDocuments.NESTED_STACKS)) {
            was = nested.iterator().hasNext();
        } catch (IOException e) {
            return null;
        }
        java.nio.file.PathMatcher nestedStack = folder.getFileSystem().getPathMatcher("glob:"
                + ProjectDocuments.NESTED_STACKS);
        boolean is = false;
        for (String file : files.keySet()) {
            is |= nestedStack.matches(Path.of(file));
        }
        if (was == is) {
            return null;
        }
        return config.displayName() + ": the integrations' resources move " + (is ? "from the root stack into nested"
                + " stacks" : "from nested stacks into the root stack") + " than the project in " + folder
                .getFileName() + " had: deployed over it, CloudFormation makes every state machine and log group anew"
                + " (new ARNs, the old logs gone). Fix: keep 'nestedStacks' as it was, unless the move is what you"
                + " want";
    }

    /** Reads, validates and renders the descriptor without writing anything. */
    public static Rendered render(Config config) throws SamHttpException {
        return render(config.displayName(), readBytes(config.descriptor(), config.displayName()));
    }

    static Rendered render(String name, byte[] bytes) throws SamHttpException {
        List<Problem> problems = new ArrayList<>();
        Descriptor descriptor = DescriptorReader.read(name, bytes, problems);
        List<Problem> advice = new ArrayList<>();
        Service service = descriptor == null ? null : ServiceValidator.validate(descriptor, problems, advice);
        if (!problems.isEmpty()) {
            throw SamHttpException.of(name, problems);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, com.fasterxml.jackson.databind.JsonNode> trees = new LinkedHashMap<>();
        List<Document> documents = ProjectDocuments.build(service);
        // Documents serialise independently: many (a state machine each) share the cores; the order stays theirs.
        List<byte[]> serialised = documents.size() > PARALLEL_FROM
                ? documents.parallelStream().map(Serializers::bytes).toList()
                : serialise(documents);
        for (int i = 0; i < documents.size(); i++) {
            files.put(documents.get(i).path(), serialised.get(i));
            trees.put(documents.get(i).path(), documents.get(i).tree());
        }
        List<String> overLimits = PlatformLimits.check(files, trees);
        if (!overLimits.isEmpty()) {
            throw new SamHttpException(overLimits);
        }
        List<String> warnings = new ArrayList<>();
        for (Problem warning : advice) {
            warnings.add(warning.render(name));
        }
        return new Rendered(files, List.copyOf(warnings));
    }

    private static List<byte[]> serialise(List<Document> documents) {
        List<byte[]> serialised = new ArrayList<>();
        for (Document document : documents) {
            serialised.add(Serializers.bytes(document));
        }
        return serialised;
    }

    private static byte[] readBytes(Path file, String displayName) throws SamHttpException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > DescriptorReader.MAX_BYTES) {
                throw SamHttpException.of(displayName, List.of(DescriptorReader.tooLarge(Files.size(file))));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SamHttpException(List.of(displayName + ": the descriptor does not exist. Fix: create it"
                    + " (see the README) or point " + Setting.DESCRIPTOR.mention() + " at it"));
        } catch (IOException e) {
            throw new SamHttpException(displayName + ": cannot read the descriptor (" + e + ")", e);
        }
    }
}
