package io.github.samhttp.maven;

import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.Setting;
import io.github.samhttp.core.init.Preset;
import io.github.samhttp.core.init.Starter;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a starter integration descriptor from a preset, with the descriptor's JSON Schema beside it so that the
 * editor completes and checks it; never overwrites a file. Without {@code preset}, lists the presets. Runs without a
 * POM: {@code mvn io.github.samhttp:sam-http-maven-plugin:<version>:init -Dsamhttp.preset=twilio-sms}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractMojo {

    private static final String DEFAULT_DESCRIPTOR = "src/main/sam/integration.yaml";

    /**
     * The preset to start from: {@code twilio-sms}, {@code stripe-payment}, {@code sendgrid-mail},
     * {@code slack-message}, {@code github-issue}, {@code oauth-api}, {@code api-key-api} or
     * {@code eventbridge-webhook}. Without it, the goal lists the presets and writes nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.preset")
    String preset;

    /**
     * Where the descriptor is written; the default is where {@code generate} and {@code invoke} read it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.descriptor", defaultValue = "${basedir}/" + DEFAULT_DESCRIPTOR)
    File descriptor;

    /** The folder that messages name files relative to. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    /** This plugin's version, for the commands printed at the end. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    @Override
    public void execute() throws MojoFailureException {
        if (preset == null || preset.isBlank()) {
            getLog().info("sam-http: give a preset to start from, e.g. "
                    + MavenWords.of(Setting.PRESET, Preset.TWILIO_SMS.id()) + ". The presets:");
            Starter.catalogue().forEach(getLog()::info);
            return;
        }
        String where = MavenWords.displayName(basedir, descriptor);
        Starter.Result result;
        try {
            result = Starter.init(new Starter.Config(preset.strip(), descriptor.toPath(), where));
        } catch (SamHttpException e) {
            e.lines(MavenWords::of).forEach(getLog()::error);
            throw new MojoFailureException("sam-http: init wrote nothing (see above)");
        }
        result.warnings().forEach(getLog()::warn);
        getLog().info("sam-http: wrote " + String.join(" and ", result.written()) + " from the preset '"
                + result.preset().id() + "'");
        getLog().info("Edit the lines marked CHANGE and store the credentials its comments name; then generate the"
                + " SAM project and try it without sending anything:");
        String goal = "mvn " + coordinates() + ":";
        String descriptorFlag = where.equals(DEFAULT_DESCRIPTOR) ? "" : " " + MavenWords.of(Setting.DESCRIPTOR, where);
        Preset chosen = result.preset();
        getLog().info("  " + goal + "generate" + descriptorFlag);
        getLog().info("  " + goal + "invoke" + descriptorFlag + " " + MavenWords.of(Setting.DRY_RUN, "true")
                + (chosen.samplePath() == null ? "" : " " + MavenWords.of(Setting.PATH, chosen.samplePath()))
                + " " + MavenWords.of(Setting.BODY, "'" + chosen.sampleBody() + "'"));
    }

    private String coordinates() {
        return "io.github.samhttp:sam-http-maven-plugin"
                + (pluginVersion == null || pluginVersion.contains("${") ? "" : ":" + pluginVersion);
    }
}
