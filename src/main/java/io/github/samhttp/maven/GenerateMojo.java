package io.github.samhttp.maven;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.write.OutputWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates a deployable AWS SAM project (API Gateway, Express Step Functions with the HTTP Task, EventBridge
 * connection) from an integration descriptor. Files whose content is unchanged are not rewritten.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true, requiresProject = false)
public class GenerateMojo extends AbstractMojo {

    private static final int NAMES_SHOWN = 10;

    /**
     * The integration descriptor (YAML).
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.descriptor", defaultValue = "${basedir}/src/main/sam/integration.yaml")
    File descriptor;

    /**
     * The folder that receives the SAM project: {@code template.yaml}, {@code api.yaml},
     * {@code statemachine/<name>.asl.json} and {@code samconfig.toml} (and, for a service in nested stacks,
     * {@code integrations-NN.yaml} beside the template). Run without a POM, the default is
     * {@code target/sam} under the current folder.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.outputDirectory", defaultValue = "${project.build.directory}/sam")
    File outputDirectory;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.skip", defaultValue = "false")
    boolean skip;

    /**
     * Writes even into a folder that holds files the plugin did not write (they are kept), or that contains the
     * project's base directory or {@code src}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.allowForeignFiles", defaultValue = "false")
    boolean allowForeignFiles;

    /** The folder that messages name files relative to. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("sam-http: skipped (samhttp.skip is true)");
            return;
        }
        long start = System.nanoTime();
        Generator.Result result;
        try {
            result = Generator.generate(new Generator.Config(descriptor.toPath(),
                    MavenWords.displayName(basedir, descriptor), output().toPath(),
                    new OutputWriter.Options(allowForeignFiles, protectedFolders())));
        } catch (SamHttpException e) {
            e.lines(MavenWords::of).forEach(getLog()::error);
            // Not chained: Maven would print the cause's message, every problem a second time.
            throw new MojoFailureException("sam-http: " + e.lines().size()
                    + (e.lines().size() == 1 ? " problem" : " problems") + " (see above); nothing was written");
        }
        for (String warning : result.warnings()) {
            getLog().warn(warning);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String where = MavenWords.displayName(basedir, output());
        if (result.upToDate()) {
            getLog().info("sam-http: " + where + " is up to date (" + result.files().size() + " files, " + millis
                    + " ms)");
        } else {
            getLog().info("sam-http: wrote " + result.written().size() + " of " + result.files().size()
                    + " files to " + where + " (" + millis + " ms)" + (result.written().isEmpty() ? ""
                    : ": " + names(result.written())) + (result.removed().isEmpty() ? ""
                    : "; removed " + result.removed().size() + " no longer generated: "
                    + names(result.removed())));
        }
    }

    /** Files by name, the first ten of a longer list followed by how many more (a large service writes 319). */
    private static String names(List<String> files) {
        int shown = Math.min(files.size(), NAMES_SHOWN);
        return String.join(", ", files.subList(0, shown)) + (files.size() > shown ? " and " + (files.size() - shown)
                + " more" : "");
    }

    /** The project and its sources, which an output folder must never swallow. */
    private List<Path> protectedFolders() {
        if (basedir == null) {
            return List.of();
        }
        return List.of(basedir.toPath(), basedir.toPath().resolve("src"));
    }

    /** Without a POM, Maven leaves {@code ${project.build.directory}} unresolved. */
    private File output() {
        return outputDirectory.getPath().contains("${") ? new File(basedir, "target/sam") : outputDirectory;
    }
}
