package io.github.samhttp.core.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The output folder's manifest ({@value #FILE}): the files the plugin wrote, each with its fingerprint, the input
 * they were generated from, and the warnings that input gave. It lets the next run remove only what the plugin
 * wrote, and answer "up to date" without generating anything ({@link UpToDate}). Plain text, read and written with
 * the JDK alone: the up-to-date path loads no YAML or JSON code.
 *
 * <pre>
 * # Files written by sam-http-maven-plugin; it removes them when it no longer generates them.
 * # input 1f3a...
 * # warning integration.yaml:8:13: field 'auth.password': ...
 * api.yaml	2210-8c1e4f2a9d0c...-...
 * </pre>
 */
public final class Manifest {

    public static final String FILE = ".sam-http-manifest";
    static final String HEADER = "# Files written by sam-http-maven-plugin; it removes them when it no longer"
            + " generates them.";
    private static final String INPUT = "# input ";
    private static final String WARNING = "# warning ";

    /**
     * What a manifest says.
     *
     * @param input the fingerprint of the input the files came from; null in a manifest without one
     * @param warnings the warnings that input gave, one line each
     * @param files each file written, relative path to its fingerprint (null in a manifest without fingerprints)
     */
    public record Content(String input, List<String> warnings, Map<String, String> files) {
    }

    private Manifest() {
    }

    /** The manifest of {@code out}, or null when it has none. */
    static Content read(Path out) throws IOException {
        Path file = out.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String input = null;
        List<String> warnings = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(INPUT)) {
                input = line.substring(INPUT.length());
            } else if (line.startsWith(WARNING)) {
                warnings.add(line.substring(WARNING.length()));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                files.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? null : line.substring(tab + 1));
            }
        }
        return new Content(input, warnings, files);
    }

    /**
     * Every regular file under {@code out} but the manifest, relative, with '/'; empty when {@code out} is no
     * folder. Plain loops, no streams or lambdas: the up-to-date check runs it in a cold JVM.
     */
    static Set<String> filesIn(Path out) throws IOException {
        Set<String> paths = new TreeSet<>();
        if (Files.isDirectory(out)) {
            list(out, "", paths);
            paths.remove(FILE);
        }
        return paths;
    }

    private static void list(Path folder, String prefix, Set<String> paths) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = prefix + entry.getFileName();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    list(entry, name + "/", paths);
                } else if (Files.isRegularFile(entry)) {
                    paths.add(name);
                }
            }
        }
    }

    /** The manifest's bytes: paths sorted, each with its fingerprint; input and warnings when given. */
    static byte[] bytes(String input, List<String> warnings, Map<String, byte[]> files) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        if (input != null) {
            text.append(INPUT).append(input).append('\n');
            for (String warning : warnings) {
                text.append(WARNING).append(warning.replace('\n', ' ').replace('\r', ' ')).append('\n');
            }
        }
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            text.append(file.getKey());
            if (input != null) {
                text.append('\t').append(fingerprint(file.getValue()));
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A fingerprint of bytes: their length and two independent 64-bit hashes (FNV-1a, and a multiply-rotate hash
     * with the golden-ratio constant), computed in one plain loop. Against accidental change, not attack; on
     * purpose neither a JDK digest (its provider costs a cold build ~30 ms to set up) nor CRC-32C (~2 ms to start).
     */
    static String fingerprint(byte[] bytes) {
        long fnv = 0xcbf29ce484222325L;
        long mix = 0x2545f4914f6cdd1dL;
        for (byte b : bytes) {
            fnv = (fnv ^ (b & 0xff)) * 0x100000001b3L;
            mix = Long.rotateLeft((mix ^ (b & 0xff)) * 0x9e3779b97f4a7c15L, 27);
        }
        return bytes.length + "-" + Long.toHexString(fnv) + "-" + Long.toHexString(mix);
    }
}
