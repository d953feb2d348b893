package io.github.samhttp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The mojo's wiring: its parameters reach the core, skip skips, a core failure fails the build. */
@MojoTest
class GenerateMojoTest {

    @Test
    @Basedir("src/test/resources/unit/seed")
    @InjectMojo(goal = "generate")
    void configuredParametersReachTheGenerator(GenerateMojo mojo) throws Exception {
        File out = new File("target/harness/sam").getAbsoluteFile();
        assertThat(mojo.outputDirectory.getCanonicalFile()).isEqualTo(out.getCanonicalFile());

        mojo.execute();

        assertThat(new File(out, "statemachine/twilio.asl.json")).exists();
        assertThat(Files.readString(out.toPath().resolve("api.yaml"))).contains("/sms:");
    }

    @Test
    @Basedir("src/test/resources/unit/defaults")
    @InjectMojo(goal = "generate")
    void defaultsFollowTheProjectLayout(GenerateMojo mojo) {
        assertThat(mojo.descriptor.toPath().endsWith("src/main/sam/integration.yaml")).isTrue();
        assertThat(mojo.outputDirectory.toPath().endsWith("target/sam")).isTrue();
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @Basedir("src/test/resources/unit/seed")
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "skip", value = "true")
    void skipSkipsBeforeReadingAnything(GenerateMojo mojo) throws Exception {
        mojo.descriptor = new File("does/not/exist.yaml");
        mojo.outputDirectory = new File("target/harness/skipped").getAbsoluteFile();

        mojo.execute();

        assertThat(mojo.outputDirectory).doesNotExist();
    }

    @Test
    @Basedir("src/test/resources/unit/seed")
    @InjectMojo(goal = "generate")
    void aMissingDescriptorFailsTheBuild(GenerateMojo mojo) {
        mojo.descriptor = new File("does/not/exist.yaml").getAbsoluteFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nothing was written");
    }
}
