package io.github.samhttp.core.write;

import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the generated files into the output folder so that nothing is lost and no reader ever sees a mix:
 *
 * <ul>
 *   <li>nothing changed: nothing is touched;</li>
 *   <li>something changed: the whole new folder is assembled beside the old one (unchanged files copied with their
 *       dates), then swapped in by two renames; a run interrupted between them is repaired by the next run;</li>
 *   <li>a manifest ({@value #MANIFEST}, see {@link Manifest}) lists what the plugin wrote, so files it no longer
 *       produces are removed, and only those; with the input's fingerprint, it lets the next run find the project
 *       up to date without generating it ({@link UpToDate}). When only the manifest is out of date (another build
 *       of the plugin generated the same files), only the manifest is rewritten;</li>
 *   <li>a folder holding files the plugin did not write, or that contains the project itself, is refused unless
 *       the user allows it (the files are then kept).</li>
 * </ul>
 */
public final class OutputWriter {

    public static final String MANIFEST = Manifest.FILE;

    /**
     * @param allowForeignFiles write even where files the plugin did not write are, or over a protected folder
     * @param protectedFolders folders the output must not contain or be (the project base directory, src)
     */
    public record Options(boolean allowForeignFiles, List<Path> protectedFolders) {
        public static final Options DEFAULT = new Options(false, List.of());
    }

    private OutputWriter() {
    }

    /** Writes with the default options. */
    public static List<String> write(Path outputDirectory, Map<String, byte[]> files) throws SamHttpException {
        return write(outputDirectory, files, Options.DEFAULT);
    }

    /** Writes with a manifest that records no input (the fast path never applies). */
    public static List<String> write(Path outputDirectory, Map<String, byte[]> files, Options options)
            throws SamHttpException {
        return write(outputDirectory, files, options, null, List.of());
    }

    /**
     * Writes {@code files} (relative path to bytes, in order) under {@code outputDirectory}.
     *
     * @param input the fingerprint of the input the files come from ({@link UpToDate#input}), or null
     * @param warnings what that input warned about, kept in the manifest for the fast path to say again
     * @return the relative paths that changed (written or removed); empty when everything was up to date
     */
    public static List<String> write(Path outputDirectory, Map<String, byte[]> files, Options options, String input,
            List<String> warnings) throws SamHttpException {
        Path out = outputDirectory.toAbsolutePath().normalize();
        String fixFlag = " Fix: choose another " + Setting.OUTPUT_DIRECTORY.mention() + ", or set "
                + Setting.ALLOW_FOREIGN_FILES.mention("true") + " to write there anyway";
        for (Path folder : options.protectedFolders()) {
            if (!options.allowForeignFiles() && folder.toAbsolutePath().normalize().startsWith(out)) {
                throw new SamHttpException(List.of(outputDirectory + ": the output folder holds " + folder
                        + ", which the plugin must not overwrite." + fixFlag));
            }
        }
        try {
            recover(out);
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new SamHttpException(List.of(outputDirectory + ": the output folder is a file. Fix: remove it"
                        + " or set " + Setting.OUTPUT_DIRECTORY.mention() + " to a folder"));
            }
            Set<String> previous = manifest(out);
            Set<String> existing = Manifest.filesIn(out);
            Set<String> foreign = new TreeSet<>(existing);
            foreign.removeAll(previous);
            foreign.removeAll(files.keySet());
            if (!foreign.isEmpty() && !options.allowForeignFiles()) {
                throw new SamHttpException(List.of(outputDirectory + ": the output folder holds files the plugin did"
                        + " not write (" + foreign.stream().limit(5).collect(Collectors.joining(", "))
                        + (foreign.size() > 5 ? ", ..." : "") + ")." + fixFlag));
            }
            byte[] manifest = Manifest.bytes(input, warnings, files);
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (!sameBytes(out.resolve(file.getKey()), file.getValue())) {
                    changed.add(file.getKey());
                }
            }
            for (String stale : previous) {
                if (!files.containsKey(stale) && existing.contains(stale)) {
                    changed.add(stale);
                }
            }
            if (changed.isEmpty()) {
                // Up to date: not even a missing manifest is written, so an unchanged input touches nothing; an
                // existing one that records another input is brought up to date, alone.
                Path current = out.resolve(MANIFEST);
                if (Files.isRegularFile(current) && !sameBytes(current, manifest)) {
                    Path fresh = unique(out, "." + MANIFEST + ".", false);
                    Files.write(fresh, manifest);
                    move(fresh, current);
                }
                return changed;
            }
            swap(out, staged(out, files, foreign, manifest));
            return changed;
        } catch (IOException e) {
            throw new SamHttpException(outputDirectory + ": cannot write the generated files (" + e
                    + "). Fix: check that the folder is writable and the disk has space", e);
        }
    }

    /** Assembles the complete new folder beside the output folder. */
    private static Path staged(Path out, Map<String, byte[]> files, Set<String> keep, byte[] manifest)
            throws IOException {
        Files.createDirectories(out.getParent());
        Path staging = unique(out.getParent(), siblingPrefix(out) + "staging-", true);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path current = out.resolve(file.getKey());
                if (sameBytes(current, file.getValue())) {
                    Files.copy(current, target, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    Files.write(target, file.getValue());
                }
            }
            for (String path : keep) {
                Path target = staging.resolve(path);
                Files.createDirectories(target.getParent());
                Files.copy(out.resolve(path), target, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.write(staging.resolve(MANIFEST), manifest);
            return staging;
        } catch (IOException e) {
            delete(staging);
            throw e;
        }
    }

    /** Replaces the output folder by the staged one: two renames, the old folder deleted after. */
    private static void swap(Path out, Path staging) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling(siblingPrefix(out) + "old-" + staging.getFileName().toString()
                    .substring(staging.getFileName().toString().lastIndexOf('-') + 1));
            move(out, old);
        }
        move(staging, out);
        delete(old);
    }

    /**
     * Repairs what an interrupted run left: an old folder whose replacement never arrived is put back, and
     * leftover staging or old folders are deleted.
     */
    private static void recover(Path out) throws IOException {
        String prefix = siblingPrefix(out);
        for (Path leftover : siblings(out)) {
            String name = leftover.getFileName().toString();
            if (name.startsWith(prefix + "old-") && !Files.exists(out)) {
                move(leftover, out);
            } else if (name.startsWith(prefix + "old-") || name.startsWith(prefix + "staging-")) {
                delete(leftover);
            }
        }
    }

    /** What stands beside {@code out} under its {@link #siblingPrefix}, in name order. */
    static List<Path> siblings(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        List<Path> siblings = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return siblings;
        }
        String prefix = siblingPrefix(out);
        // Listed and filtered by hand: a glob would compile a regular expression on every build.
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().startsWith(prefix)) {
                    siblings.add(entry);
                }
            }
        }
        siblings.sort(Comparator.naturalOrder());
        return siblings;
    }

    /** How the staging and old folders beside {@code out} begin: {@code .sam.} for {@code sam}. */
    static String siblingPrefix(Path out) {
        return "." + out.getFileName() + ".";
    }

    private static Set<String> manifest(Path out) throws IOException {
        Manifest.Content manifest = Manifest.read(out);
        return manifest == null ? Set.of() : new LinkedHashSet<>(manifest.files().keySet());
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
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        deleteTree(folder);
    }

    /** Best effort: a leftover is dot-named, harmless, and removed by the next run. Links are not followed. */
    private static void deleteTree(Path path) {
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                    for (Path child : children) {
                        deleteTree(child);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the next run.
        }
    }

    /**
     * A new file or folder in {@code parent} named {@code prefix} and a number no other run holds: created
     * atomically (a name taken by a concurrent build moves on to the next number), so two builds never share one. Not {@code Files.createTempFile}: its random names seed a
     * {@code SecureRandom}, which costs a cold JVM more than the rest of the write.
     */
    private static Path unique(Path parent, String prefix, boolean folder) throws IOException {
        long number = System.nanoTime();
        while (true) {
            Path path = parent.resolve(prefix + Long.toHexString(number & Long.MAX_VALUE));
            try {
                return folder ? Files.createDirectory(path) : Files.createFile(path);
            } catch (FileAlreadyExistsException e) {
                number++;
            }
        }
    }
}
