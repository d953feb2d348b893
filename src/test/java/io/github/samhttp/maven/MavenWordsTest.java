package io.github.samhttp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core names the settings a problem concerns; only the Maven side spells them as parameters and properties. */
class MavenWordsTest {

    @Test
    void theCoreMentionsASettingAndMavenWordsIt() {
        SamHttpException e = new SamHttpException(List.of("x: the output folder is a file. Fix: set "
                + Setting.OUTPUT_DIRECTORY.mention() + " to a folder, or " + Setting.PATH.mention("/sms/42")));

        assertThat(e.lines()).containsExactly("x: the output folder is a file. Fix: set 'outputDirectory' to a"
                + " folder, or path=/sms/42");
        assertThat(e.lines(MavenWords::of)).containsExactly("x: the output folder is a file. Fix: set"
                + " 'outputDirectory' (samhttp.outputDirectory) to a folder, or -Dsamhttp.path=/sms/42");
        assertThat(e.getMessage()).doesNotContain("samhttp.").doesNotContain("\u27ea");
    }
}
