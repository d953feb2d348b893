package io.github.samhttp.core.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.SamHttpException;
import io.github.samhttp.core.local.http.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The local values a run needs from the secret sources: the template parameters', and the secrets of the
 * connections a definition calls through. A missing value is named with where to set it.
 */
final class ProjectValues {

    private final LocalProject project;
    private final Secrets secrets;

    ProjectValues(LocalProject project, Secrets secrets) {
        this.project = project;
        this.secrets = secrets;
    }

    /**
     * The connections the definition calls through, their secrets resolved: a route needs the values of its own
     * connection only, not those of the service's other routes.
     */
    Map<String, Connection> connections(JsonNode definition, Trace trace) throws SamHttpException {
        Set<String> used = new HashSet<>();
        for (JsonNode arn : definition.findValues("ConnectionArn")) {
            used.add(arn.asText());
        }
        Map<String, Connection> resolved = new LinkedHashMap<>();
        TreeSet<String> missing = new TreeSet<>();
        for (Map.Entry<String, JsonNode> connection : project.connections().entrySet()) {
            if (!used.contains(connection.getKey())) {
                continue;
            }
            try {
                resolved.put(connection.getKey(), Connection.resolve(connection.getValue(), secrets, trace));
            } catch (Connection.MissingSecrets e) {
                missing.addAll(e.references());
            }
        }
        if (!missing.isEmpty()) {
            throw new SamHttpException(missingLines(missing));
        }
        return resolved;
    }

    /** The template parameters' local values, from the same sources as the connections' secrets. */
    Map<String, String> parameterValues() throws SamHttpException {
        Map<String, String> values = new LinkedHashMap<>();
        TreeSet<String> missing = new TreeSet<>();
        project.parameters().forEach((id, reference) -> secrets.lookup(reference).ifPresentOrElse(
                value -> values.put(id, value), () -> missing.add(reference)));
        if (!missing.isEmpty()) {
            throw new SamHttpException(missingLines(missing));
        }
        return values;
    }

    private static List<String> missingLines(TreeSet<String> missing) {
        List<String> lines = new ArrayList<>();
        for (String reference : missing) {
            lines.add(reference + ": no local value. Fix: add <server><id>" + reference + "</id><password>...</password>"
                    + "</server> to your Maven settings.xml, or set the environment variable "
                    + Secrets.environmentVariable(reference));
        }
        return lines;
    }
}
