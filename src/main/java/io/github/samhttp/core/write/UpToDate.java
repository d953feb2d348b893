package io.github.samhttp.core.write;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The up-to-date fast path: when the output folder holds exactly the files its manifest lists, each with the
 * fingerprint recorded, and the manifest records this very input (the descriptor's bytes, how messages name it, and
 * this build of the plugin), the project is up to date; nothing is read but those files, nothing is parsed and
 * nothing is touched. Anything else (a file edited, added or missing, a leftover of an interrupted run, another
 * plugin build) goes the whole way through the generator, which decides.
 */
public final class UpToDate {

    /** This build of the plugin: its jar's (or classes folder's) path, size and date. */
    private static final String GENERATOR = generator();

    /**
     * An up-to-date project.
     *
     * @param files the generated files, in the manifest's order
     * @param warnings the warnings the input gave when it was generated
     */
    public record Fresh(List<String> files, List<String> warnings) {
    }

    private UpToDate() {
    }

    /** The fingerprint of an input: the descriptor's bytes, its name in messages, and this build of the plugin. */
    public static String input(byte[] descriptor, String displayName) {
        byte[] head = (GENERATOR + "\u0000" + displayName + "\u0000").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + descriptor.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(descriptor, 0, all, head.length, descriptor.length);
        return Manifest.fingerprint(all);
    }

    /** The project in {@code out} when it is up to date for this input, else null. */
    public static Fresh check(Path out, String input) {
        try {
            Manifest.Content manifest = Manifest.read(out);
            if (manifest == null || !input.equals(manifest.input()) || leftovers(out)) {
                return null;
            }
            for (Map.Entry<String, String> file : manifest.files().entrySet()) {
                Path path = out.resolve(file.getKey());
                if (file.getValue() == null || !Files.isRegularFile(path)
                        || !file.getValue().equals(Manifest.fingerprint(Files.readAllBytes(path)))) {
                    return null;
                }
            }
            if (!Manifest.filesIn(out).equals(new TreeSet<>(manifest.files().keySet()))) {
                return null;
            }
            return new Fresh(new ArrayList<>(manifest.files().keySet()), manifest.warnings());
        } catch (IOException e) {
            return null;
        }
    }

    /** Whether an interrupted run left a staging or old folder beside {@code out}: the writer repairs those. */
    private static boolean leftovers(Path out) throws IOException {
        return !OutputWriter.siblings(out).isEmpty();
    }

    private static String generator() {
        try {
            CodeSource source = UpToDate.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null) {
                return "unknown";
            }
            Path stamped = Files.isDirectory(location) ? location.resolve(
                    UpToDate.class.getName().replace('.', '/') + ".class") : location;
            return location + "|" + Files.size(stamped) + "|" + Files.getLastModifiedTime(stamped).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No way to tell this build from another: never up to date by the fast path.
            return "unknown-" + System.nanoTime();
        }
    }
}
