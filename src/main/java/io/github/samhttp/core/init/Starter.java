package io.github.samhttp.core.init;

import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import io.github.samhttp.core.shape.DescriptorSchema;
import io.github.samhttp.core.validate.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The front door of {@code init}: writes a preset's descriptor, and the descriptor's JSON Schema beside it for the
 * editor. Never overwrites a file.
 */
public final class Starter {

    private Starter() {
    }

    /**
     * What to write.
     *
     * @param preset the preset's name as the user gave it
     * @param descriptor where the descriptor goes
     * @param displayName how messages name {@code descriptor}
     */
    public record Config(String preset, Path descriptor, String displayName) {
    }

    /**
     * What was written.
     *
     * @param preset the preset written
     * @param written the files written, as messages name them
     * @param warnings what the user should know
     */
    public record Result(Preset preset, List<String> written, List<String> warnings) {
    }

    /** The presets, one line each: name and what it does. */
    public static List<String> catalogue() {
        int width = Preset.ids().stream().mapToInt(String::length).max().orElse(0);
        return Arrays.stream(Preset.values())
                .map(p -> String.format("  %-" + width + "s  %s", p.id(), p.summary())).toList();
    }

    /** Writes the preset's descriptor and the schema beside it, or nothing when the descriptor exists. */
    public static Result init(Config config) throws SamHttpException {
        Preset preset = Preset.named(config.preset());
        if (preset == null) {
            String closest = Suggestions.closest(config.preset(), Preset.ids());
            List<String> lines = new ArrayList<>();
            lines.add(Setting.PRESET.mention() + ": there is no preset '" + config.preset() + "'"
                    + (closest == null ? "" : "; did you mean " + Setting.PRESET.mention(closest) + "?")
                    + " The presets are:");
            lines.addAll(catalogue());
            throw new SamHttpException(lines);
        }
        Path descriptor = config.descriptor();
        if (Files.exists(descriptor)) {
            throw new SamHttpException(List.of(config.displayName() + ": already exists, and init never overwrites"
                    + " a file. Give another " + Setting.DESCRIPTOR.mention() + " (e.g. "
                    + Setting.DESCRIPTOR.mention("src/main/sam/" + preset.id() + ".yaml")
                    + "), or move the file away; nothing was written"));
        }
        Path schema = descriptor.toAbsolutePath().getParent().resolve(DescriptorSchema.FILE_NAME);
        byte[] schemaBytes = DescriptorSchema.shipped();
        String schemaName = sibling(config.displayName(), DescriptorSchema.FILE_NAME);
        List<String> written = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            Files.createDirectories(schema.getParent());
            Files.write(descriptor, preset.text(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            written.add(config.displayName());
            if (!Files.exists(schema)) {
                Files.write(schema, schemaBytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(schemaName);
            } else if (!Arrays.equals(Files.readAllBytes(schema), schemaBytes)) {
                warnings.add(schemaName + " differs from this version's schema and was left as it is: remove it and"
                        + " run init again to have your editor check against this version");
            }
        } catch (IOException e) {
            throw new SamHttpException(config.displayName() + ": cannot write the starter descriptor (" + e + ")", e);
        }
        return new Result(preset, List.copyOf(written), List.copyOf(warnings));
    }

    /** {@code src/main/sam/integration.yaml} and {@code x.json}: {@code src/main/sam/x.json}. */
    private static String sibling(String displayName, String fileName) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        return slash < 0 ? fileName : displayName.substring(0, slash + 1) + fileName;
    }
}
