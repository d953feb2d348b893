package io.github.samhttp.maven;

import io.github.samhttp.core.Setting;

/** How Maven users write the core's settings: the parameter and its user property. */
final class MavenWords {

    private MavenWords() {
    }

    /** The setting as a Maven user writes it: {@code 'descriptor' (samhttp.descriptor)}, {@code -Dsamhttp.path=/x}. */
    static String of(Setting setting, String value) {
        String property = "samhttp." + setting.key();
        return value == null ? "'" + setting.key() + "' (" + property + ")" : "-D" + property + "=" + value;
    }
}
