package io.github.samhttp.core;

import io.github.samhttp.core.documents.Document;
import io.github.samhttp.core.documents.ProjectDocuments;
import io.github.samhttp.core.limits.PlatformLimits;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.DescriptorReader;
import io.github.samhttp.core.validate.DescriptorValidator;
import io.github.samhttp.core.validate.ServiceValidator;
import io.github.samhttp.core.write.OutputWriter;
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
 * The pipeline, top to bottom: read the descriptor, validate it into a model, build the documents, serialise
 * them, check them against the platform limits, write what changed. Nothing is written unless every stage before
 * succeeded.
 */
public final class Generator {

    private Generator() {
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
     * Generates the SAM project for {@code descriptorFile} into {@code outputDirectory}.
     *
     * @param displayName how to name the descriptor in messages (e.g. relative to the project)
     */
    public static Result generate(Path descriptorFile, String displayName, Path outputDirectory)
            throws SamHttpException {
        return generate(descriptorFile, displayName, outputDirectory, OutputWriter.Options.DEFAULT);
    }

    /** As {@link #generate(Path, String, Path)}, with the options of the write stage. */
    public static Result generate(Path descriptorFile, String displayName, Path outputDirectory,
            OutputWriter.Options options) throws SamHttpException {
        List<String> warnings = new ArrayList<>();
        Map<String, byte[]> files = render(descriptorFile, displayName, warnings);
        List<String> changed = OutputWriter.write(outputDirectory, files, options);
        return new Result(List.copyOf(files.keySet()), changed.stream().filter(files::containsKey).toList(),
                changed.stream().filter(f -> !files.containsKey(f)).toList(), warnings);
    }

    /**
     * Reads, validates and renders a descriptor without writing anything.
     *
     * @param warnings receives the warnings, one rendered line each
     */
    public static Map<String, byte[]> render(Path descriptorFile, String displayName, List<String> warnings)
            throws SamHttpException {
        byte[] bytes = readBytes(descriptorFile, displayName);
        List<Problem> problems = new ArrayList<>();
        List<Problem> advice = new ArrayList<>();
        Service service = service(displayName, bytes, problems, advice);
        if (!problems.isEmpty()) {
            throw SamHttpException.of(displayName, problems);
        }
        advice.forEach(w -> warnings.add(w.render(displayName)));
        Map<String, byte[]> files = render(service);
        List<String> overLimits = PlatformLimits.check(files);
        if (!overLimits.isEmpty()) {
            throw new SamHttpException(overLimits);
        }
        return files;
    }

    /** Reads and validates; the integration is null when {@code problems} is not empty afterwards. */
    public static Integration model(String displayName, byte[] bytes, List<Problem> problems, List<Problem> warnings) {
        Descriptor descriptor = DescriptorReader.read(displayName, bytes, problems);
        if (descriptor == null) {
            return null;
        }
        return DescriptorValidator.validate(descriptor, problems, warnings);
    }

    /**
     * Reads and validates a descriptor of one integration or several; the service is null when {@code problems}
     * is not empty afterwards.
     */
    public static Service service(String displayName, byte[] bytes, List<Problem> problems, List<Problem> warnings) {
        Descriptor descriptor = DescriptorReader.read(displayName, bytes, problems);
        if (descriptor == null) {
            return null;
        }
        return ServiceValidator.validate(descriptor, problems, warnings);
    }

    /** Every file of the project of one integration, serialised, by relative path in a fixed order. */
    public static Map<String, byte[]> render(Integration integration) {
        return render(Service.of(integration));
    }

    /** Every file of the project, serialised, by relative path in a fixed order. */
    public static Map<String, byte[]> render(Service service) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Document document : ProjectDocuments.build(service)) {
            files.put(document.path(), Serializers.bytes(document));
        }
        return files;
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
