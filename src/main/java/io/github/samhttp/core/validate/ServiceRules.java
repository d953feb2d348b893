package io.github.samhttp.core.validate;

import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Mode;
import io.github.samhttp.core.model.LogicalIds;
import io.github.samhttp.core.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What several integrations of one service must not share: routes, path parameter names, logical IDs. */
final class ServiceRules {

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile("\\{[^}]*}");

    private final FieldReader raw;

    ServiceRules(FieldReader raw) {
        this.raw = raw;
    }

    /** Each integration's logical IDs (with those SAM derives from them) are its own. */
    void logicalIds(List<String> names) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String name : names) {
            for (String id : LogicalIds.occupiedBy(name)) {
                String owner = owners.putIfAbsent(id, name);
                if (owner != null && !owner.equals(name)) {
                    raw.addKeyProblem("integrations." + name, name, "its resources would take the logical ID " + id
                            + ", which '" + owner + "' already has (one would silently replace the other)",
                            "rename '" + name + "' or '" + owner + "'");
                    break;
                }
            }
        }
    }

    /** Two connection names must not give one logical ID ('tw-1' and 'tw1' are both ConnectionTw1). */
    void connectionIds(List<String> connections) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String name : connections) {
            String owner = owners.putIfAbsent(LogicalIds.connection(name), name);
            if (owner != null) {
                raw.addKeyProblem("connections." + name, name, "its logical ID " + LogicalIds.connection(name)
                        + " is that of '" + owner + "' (one would replace the other)", "rename '" + name + "' or '"
                        + owner + "'");
            }
        }
    }

    /** Every named connection is used by an integration. */
    void connectionsUsed(List<String> connections, Set<String> used) {
        for (String connection : connections) {
            if (!used.contains(connection)) {
                raw.addKeyProblem("connections." + connection, connection, "no integration uses this connection",
                        "add 'connection: " + connection + "' to an integration, or remove it");
            }
        }
    }

    private static final int REST_RESOURCES = io.github.samhttp.core.aws.PlatformLimits.REST_API_RESOURCES;

    /**
     * A REST API's resources (each distinct path and prefix of a path its routes and ASYNC status routes use, as
     * {@link #routes} counts them): over API Gateway's default quota the deployment fails unless the account's quota
     * was raised, a warning.
     */
    void restResources(int resources) {
        if (resources > REST_RESOURCES) {
            raw.warn("integrations", resources + " resources", "the REST API has " + resources
                    + " resources (each path and each prefix of one), over API Gateway's default quota of "
                    + REST_RESOURCES + " per REST API: the deployment fails until the quota is raised", "ask for"
                    + " more in Service Quotas (API Gateway, 'Resources per API') before deploying, or share path"
                    + " prefixes");
        }
    }
    /**
     * One route per method and path; a path parameter has one name wherever its position is shared. Gives how many
     * API resources the paths make: '/', and each distinct prefix of a path (path parameters alike whatever their name).
     */
    int routes(List<Service.Member> members) {
        java.util.Set<String> resources = new java.util.HashSet<>(List.of("/"));
        Map<String, String> routes = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> deployTime = new LinkedHashMap<>();
        for (Service.Member member : members) {
            Integration integration = member.integration();
            String field = "integrations." + member.operationId();
            if (integration.synchronous()) {
                Map<String, String> own = new LinkedHashMap<>();
                own.put(integration.method() + " " + integration.path(), "'" + member.operationId() + "'");
                if (integration.mode() == Mode.ASYNC) {
                    own.put("GET " + integration.statusPath(), "the status route of '"
                            + member.operationId() + "'");
                }
                for (Map.Entry<String, String> entry : own.entrySet()) {
                    String route = entry.getKey();
                    String other = routes.put(PARAMETER.matcher(route).replaceAll("{}"), entry.getValue());
                    if (other != null) {
                        raw.addKeyProblem(field, route, "the same route as " + other, "give it another 'path'"
                                + " or 'method'");
                    }
                }
                // Every path the integration puts in the API: its route's, and an ASYNC route's status route's.
                for (String route : own.keySet()) {
                    String path = route.substring(route.indexOf(' ') + 1);
                    StringBuilder prefix = new StringBuilder();
                    for (String segment : path.split("/")) {
                        if (segment.startsWith("{")) {
                            String known = parameters.putIfAbsent(prefix.toString(), segment);
                            if (known != null && !known.equals(segment)) {
                                raw.addKeyProblem(field, path, "API Gateway needs one name for a path parameter at"
                                        + " one place, and another path has " + known + " there", "call it "
                                        + known + " here too");
                            }
                        }
                        prefix.append('/').append(segment.startsWith("{") ? "{}" : segment);
                        resources.add(prefix.toString());
                    }
                }
            }
            integration.request().endpointParameters().forEach((placeholder, ssm) -> {
                String known = deployTime.putIfAbsent(placeholder, ssm);
                if (known != null && !known.equals(ssm)) {
                    raw.addKeyProblem(field, placeholder, "the endpoint parameter " + placeholder + " is read from "
                            + ssm + " here and from " + known + " in another integration (they share one template"
                            + " parameter)", "use one SSM parameter, or another placeholder name");
                }
            });
        }
        return resources.size();
    }
}
