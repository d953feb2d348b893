package io.github.samhttp.core;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A setting of the front end that runs the core (a Maven parameter, a command-line flag), as the core's messages
 * name it. The core knows what a problem concerns, not how its front end spells it: a message carries a mention
 * ({@code ⟪path=/sms/42⟫}) that the front end words ({@code -Dsamhttp.path=/sms/42}); {@link #plain} words it for
 * everyone else ({@code path=/sms/42}).
 */
public enum Setting {
    DESCRIPTOR("descriptor"),
    OUTPUT_DIRECTORY("outputDirectory"),
    ALLOW_FOREIGN_FILES("allowForeignFiles"),
    ENDPOINT_OVERRIDE("endpointOverride"),
    METHOD("method"),
    PATH("path"),
    BODY("body"),
    BODY_FILE("bodyFile"),
    DRY_RUN("dryRun"),
    PRESET("preset");

    private static final Pattern MENTION = Pattern.compile("⟪([A-Za-z]+)(?:=([^⟫]*))?⟫");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The setting's own name: {@code outputDirectory}. */
    public String key() {
        return key;
    }

    /** The setting, mentioned in a message. */
    public String mention() {
        return "⟪" + key + "⟫";
    }

    /** The setting with a value to give it, mentioned in a message. */
    public String mention(String value) {
        return "⟪" + key + "=" + value + "⟫";
    }

    /**
     * The line with each mention worded by {@code wording}, which takes the setting and its value (null when the
     * mention has none).
     */
    public static String word(String line, BiFunction<Setting, String, String> wording) {
        if (line.indexOf('⟪') < 0) {
            return line;
        }
        Matcher matcher = MENTION.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Setting setting = null;
            for (Setting candidate : values()) {
                if (candidate.key.equals(matcher.group(1))) {
                    setting = candidate;
                }
            }
            String worded = setting == null ? matcher.group() : wording.apply(setting, matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(worded));
        }
        return matcher.appendTail(out).toString();
    }

    /** The line worded for any reader: {@code 'descriptor'}, {@code path=/sms/42}. */
    public static String plain(String line) {
        if (line.indexOf('⟪') < 0) {
            return line;
        }
        return word(line, (setting, value) -> value == null ? "'" + setting.key + "'" : setting.key + "=" + value);
    }
}
