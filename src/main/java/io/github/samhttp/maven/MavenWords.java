package io.github.samhttp.maven;

import io.github.samhttp.core.Setting;
import java.io.File;
import java.nio.file.Path;

/** How Maven users write the core's settings: the parameter and its user property. */
final class MavenWords {

    private MavenWords() {
    }

    /** The setting as a Maven user writes it: {@code 'descriptor' (samhttp.descriptor)}, {@code -Dsamhttp.path=/x}. */
    static String of(Setting setting, String value) {
        String property = "samhttp." + setting.key();
        return value == null ? "'" + setting.key() + "' (" + property + ")" : "-D" + property + "=" + value;
    }

    /** The file as messages name it: relative to the project's folder when inside it, with '/'. */
    static String displayName(File basedir, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        if (basedir != null) {
            Path base = basedir.toPath().toAbsolutePath().normalize();
            if (path.startsWith(base)) {
                return base.relativize(path).toString().replace(File.separatorChar, '/');
            }
        }
        return path.toString();
    }
}
