package io.github.samhttp.maven;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.local.LocalRun;
import io.github.samhttp.core.local.LocalRuntime;
import io.github.samhttp.core.local.Secrets;
import io.github.samhttp.core.local.asl.Timing;
import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * Runs the generated flow locally, end to end: API Gateway's mapping templates, StartSyncExecution, the state
 * machine, and the HTTP Task sent for real to the third party (or to {@code endpointOverride}). Prints the answer
 * and a trace. Credentials come from {@code settings.xml} servers or {@code SAMHTTP_*} environment variables.
 *
 * @since 0.1.0
 */
@Mojo(name = "invoke", threadSafe = true, requiresProject = false)
public class InvokeMojo extends AbstractMojo {

    /**
     * The integration descriptor; the flow is generated in memory from it, unless {@code project} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.descriptor", defaultValue = "${basedir}/src/main/sam/integration.yaml")
    File descriptor;

    /**
     * A folder written by {@code sam-http:generate} to run instead of the descriptor.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.project")
    File project;

    /**
     * The request body (JSON).
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.body")
    String body;

    /**
     * A file holding the request body, instead of {@code body}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.bodyFile")
    File bodyFile;

    /**
     * The API method to call; defaults to the API's only one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.method")
    String method;

    /**
     * The API path to call; defaults to the API's only one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.path")
    String path;

    /**
     * Request headers as {@code Name: value} entries (comma-separated on the command line).
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.headers")
    List<String> headers;

    /**
     * The request's query string, e.g. {@code a=1&b=2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.query")
    String query;

    /**
     * Print the third-party request that would be sent, and send nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Send to this scheme, host and port instead of the third party, e.g. a mock at {@code http://127.0.0.1:8080}
     * (plain {@code http://} only to a loopback address).
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.endpointOverride")
    String endpointOverride;

    /**
     * Where the ended executions of {@code mode: ASYNC} routes are kept, so that a later run answers their status
     * route ({@code -Dsamhttp.path=/exports/executions/<executionId>}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "samhttp.executionsDirectory", defaultValue = "${project.build.directory}/sam-http/executions")
    File executionsDirectory;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoFailureException {
        try {
            LocalRun.Outcome outcome = LocalRun.invoke(new LocalRun.Config(
                    new Generator.Config(descriptor.toPath(), descriptor.getPath(), null), project == null ? null
                    : project.toPath(), Secrets.of(servers(), System.getenv()),
                    new LocalRuntime.Options(endpointOverride == null ? null : URI.create(endpointOverride), dryRun,
                            Timing.REAL).keepingExecutionsIn(executionsDirectory == null ? null
                            : executionsDirectory.toPath()), method, path, headerMap(), queryMap(), body,
                    bodyFile == null ? null : bodyFile.toPath()), line -> getLog().info("  " + line));
            outcome.warnings().forEach(getLog()::warn);
            LocalRuntime.Response response = outcome.response();
            if (response.dryRun()) {
                getLog().info("sam-http: dry run, nothing sent. The request would be:");
            } else if (outcome.eventTriggered()) {
                getLog().info("sam-http: execution " + (response.status() == 200 ? "SUCCEEDED" : "did not succeed"));
            } else {
                getLog().info("sam-http: HTTP " + response.status());
                headers(response);
            }
            lines(response.body());
            LocalRuntime.Response status = outcome.status();
            if (status != null) {
                // An ASYNC route: its execution ended, and its status route answers.
                getLog().info("sam-http: the execution ended; its status route answers HTTP " + status.status());
                headers(status);
                lines(status.body());
            }
        } catch (SamHttpException e) {
            e.lines(MavenWords::of).forEach(getLog()::error);
            // Not chained: Maven would print the cause's message, every line a second time.
            throw new MojoFailureException("sam-http: the local run could not start (see above)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("sam-http: interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("sam-http: " + e.getMessage(), e);
        }
    }

    private Map<String, String> servers() {
        Map<String, String> servers = new HashMap<>();
        if (settings != null) {
            for (Server server : settings.getServers()) {
                if (server.getPassword() != null) {
                    servers.put(server.getId(), server.getPassword());
                }
            }
        }
        return servers;
    }

    /** As HTTP writes them: the headers, then a blank line before the body. */
    private void headers(LocalRuntime.Response response) {
        response.headers().forEach((name, value) -> getLog().info(name + ": " + value));
        if (!response.headers().isEmpty()) {
            getLog().info("");
        }
    }

    private void lines(String text) {
        for (String line : text.split("\n", -1)) {
            getLog().info(line);
        }
    }

    private Map<String, String> headerMap() throws MojoFailureException {
        Map<String, String> map = new LinkedHashMap<>();
        if (headers != null) {
            for (String header : headers) {
                int colon = header.indexOf(':');
                if (colon < 1) {
                    throw new MojoFailureException("sam-http: header '" + header + "' is not 'Name: value'");
                }
                map.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            }
        }
        return map;
    }

    private Map<String, String> queryMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                // URL-decoded, as API Gateway hands query parameters to the mapping template.
                String[] kv = pair.split("=", 2);
                map.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return map;
    }
}
