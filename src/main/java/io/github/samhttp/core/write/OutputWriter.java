package io.github.samhttp.core.write;

import io.github.samhttp.core.SamHttpException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the generated files into the output folder, touching only those whose bytes changed. Changed files are
 * first written into a staging folder beside the output folder, then each is moved into place, so no file is ever
 * seen half written.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /**
     * Writes {@code files} (relative path to bytes, in order) under {@code outputDirectory}.
     *
     * @return the relative paths that were written; empty when everything was up to date
     */
    public static List<String> write(Path outputDirectory, Map<String, byte[]> files) throws SamHttpException {
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw new SamHttpException(List.of(outputDirectory + ": the output folder is a file. Fix: remove it"
                    + " or set 'outputDirectory' (samhttp.outputDirectory) to a folder"));
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!sameBytes(outputDirectory.resolve(file.getKey()), file.getValue())) {
                changed.add(file.getKey());
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        Path staging = null;
        try {
            Path absolute = outputDirectory.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
            for (String path : changed) {
                Path staged = staging.resolve(path);
                Files.createDirectories(staged.getParent());
                Files.write(staged, files.get(path));
            }
            for (String path : changed) {
                Path target = absolute.resolve(path);
                Files.createDirectories(target.getParent());
                move(staging.resolve(path), target);
            }
            return changed;
        } catch (IOException e) {
            throw new SamHttpException(outputDirectory + ": cannot write the generated files (" + e
                    + "). Fix: check that the folder is writable and the disk has space", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static boolean sameBytes(Path path, byte[] bytes) {
        try {
            return Files.isRegularFile(path) && Files.size(path) == bytes.length
                    && Arrays.equals(Files.readAllBytes(path), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover staging folder is hidden (dot-named) and harmless.
        }
    }
}
