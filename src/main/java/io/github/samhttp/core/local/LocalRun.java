package io.github.samhttp.core.local;

import io.github.samhttp.core.Generator;
import io.github.samhttp.core.SamHttpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The front door of {@code invoke}: one local run of a generated project, as API Gateway (or the event that starts
 * the workflow), Step Functions and the HTTP Task would run it.
 */
public final class LocalRun {

    private LocalRun() {
    }

    /**
     * What to run.
     *
     * @param descriptor the descriptor to generate the project from, used when {@code project} is null
     * @param project a generated project's folder, or null
     * @param secrets where references resolve
     * @param options where to send, dry run, which readings of AWS to emulate
     * @param method the route's method, null when the API has one route or the workflow starts from an event
     * @param path the path to call, null for the only route
     * @param headers the request's headers
     * @param query the request's query parameters, decoded
     * @param body the request body, or the event; read from {@code bodyFile} when that is set
     * @param bodyFile a file holding the body, or null
     */
    public record Config(Generator.Config descriptor, Path project, Secrets secrets, LocalRuntime.Options options,
            String method, String path, Map<String, String> headers, Map<String, String> query, String body,
            Path bodyFile) {
    }

    /**
     * How the run went.
     *
     * @param response the answer the caller got (or, for an event, the execution's outcome)
     * @param eventTriggered whether an event started the workflow rather than an API request
     * @param warnings advice about the descriptor when the project was generated for this run
     * @param status for an ASYNC route, its status route's answer once the execution ended; else null
     */
    public record Outcome(LocalRuntime.Response response, boolean eventTriggered, List<String> warnings,
            LocalRuntime.Response status) {
    }

    /** Runs the project once; {@code log} receives each step as it happens. */
    public static Outcome invoke(Config config, Consumer<String> log) throws SamHttpException, InterruptedException {
        Generator.Rendered rendered = config.project() != null
                ? new Generator.Rendered(LocalProject.readFolder(config.project()), List.of())
                : Generator.render(config.descriptor());
        LocalProject project = LocalProject.load(rendered.files());
        LocalRuntime runtime = new LocalRuntime(project, config.secrets(), config.options());
        List<String> deployedOnly = project.deployedOnly();
        if (!deployedOnly.isEmpty()) {
            log.accept("deployed only, not run here: " + String.join("; ", deployedOnly));
        }
        String body = body(config);
        if (project.eventTriggered()) {
            return new Outcome(runtime.startExecution(body, log), true, rendered.warnings(), null);
        }
        LocalProject.Route route = project.route(config.method(), config.path());
        LocalRuntime.Response response = runtime.invoke(new LocalRuntime.Request(route.method(), route.path(),
                config.headers(), config.query(), body), log);
        return new Outcome(response, false, rendered.warnings(), runtime.statusAnswer(response, config.headers(),
                log));
    }

    private static String body(Config config) throws SamHttpException {
        if (config.bodyFile() == null) {
            return config.body() == null ? "" : config.body();
        }
        try {
            return Files.readString(config.bodyFile());
        } catch (IOException e) {
            throw new SamHttpException(config.bodyFile() + ": cannot read the request body (" + e + ")", e);
        }
    }
}
