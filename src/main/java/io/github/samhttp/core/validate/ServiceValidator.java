package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.read.Location;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The descriptor as a service: the five-line form (one integration, checked by {@link DescriptorValidator}), or
 * the form with {@code integrations:}, shared {@code connections:} and {@code defaults}. Each integration of the
 * latter is checked as a five-line descriptor of its own, assembled from the service's settings, the defaults,
 * its connection and its own keys, with every problem reported where it stands in the file.
 */
public final class ServiceValidator {

    /** The keys at the top of a descriptor with several integrations. */
    static final List<String> SERVICE_KEYS = List.of("name", "stage", "apiAuth", "trigger", "tags", "tracing",
            "connections", "defaults", "integrations");
    /** Settings of the whole service (one API, one stack): set at the top, never per integration. */
    static final List<String> SERVICE_SETTINGS = List.of("stage", "apiAuth", "trigger", "tags", "tracing");
    /** What an integration (or 'defaults') may set. */
    static final List<String> INTEGRATION_KEYS;

    static {
        List<String> keys = new ArrayList<>(DescriptorValidator.TOP_KEYS);
        keys.removeAll(SERVICE_SETTINGS);
        keys.removeAll(List.of("name", "workflow"));
        keys.add("connection");
        INTEGRATION_KEYS = List.copyOf(keys);
    }

    static final int MAX_INTEGRATIONS = 50;

    private final Descriptor descriptor;
    private final List<Problem> problems;
    private final List<Problem> warnings;

    private ServiceValidator(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        this.descriptor = descriptor;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** Validates the descriptor into a service; null when {@code problems} is not empty afterwards. */
    public static Service validate(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        if (!descriptor.root().has("integrations")) {
            Integration integration = DescriptorValidator.validate(descriptor, problems, warnings);
            return integration == null ? null : Service.of(integration);
        }
        return new ServiceValidator(descriptor, problems, warnings).service();
    }

    private Service service() {
        JsonNode root = descriptor.root();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!SERVICE_KEYS.contains(key)) {
                problem(key, key, true, INTEGRATION_KEYS.contains(key)
                        ? "with 'integrations', this belongs to an integration" : "unknown key",
                        INTEGRATION_KEYS.contains(key) ? "move it under 'defaults:' (for every integration) or under"
                                + " one integration" : suggestion(key, SERVICE_KEYS));
            }
        }
        String name = root.path("name").asText(null);
        if (name == null) {
            problem("name", null, false, "missing: a descriptor with several integrations names the service (its"
                    + " stack and API)", "add 'name:' e.g. 'name: notifications'");
        } else if (!DescriptorValidator.NAME.matcher(name).matches() || name.length() > DescriptorValidator.NAME_MAX) {
            problem("name", name, false, "not a valid name", "use lowercase letters, digits and single hyphens,"
                    + " starting with a letter, at most 40 characters, e.g. 'notifications'");
        }
        String triggerType = root.path("trigger").isObject() ? root.path("trigger").path("type").asText("")
                : root.path("trigger").asText("REST_API");
        if (triggerType.equals("EVENTBRIDGE") || triggerType.equals("SCHEDULE")) {
            problem("trigger", triggerType, false, "several integrations share one API; an event trigger starts"
                    + " one workflow", "write one descriptor per event-triggered integration, or use REST_API or"
                    + " HTTP_API");
            return null;
        }
        JsonNode connections = mapping("connections", false);
        JsonNode defaults = mapping("defaults", false);
        JsonNode integrations = mapping("integrations", true);
        if (integrations == null || connections == null && root.has("connections")
                || defaults == null && root.has("defaults")) {
            return null;
        }
        if (integrations.size() > MAX_INTEGRATIONS) {
            problem("integrations", integrations.size() + " integrations", false, "more than the "
                    + MAX_INTEGRATIONS + " integrations one stack holds here", "split them over several descriptors");
        }
        if (connections != null) {
            for (Iterator<String> it = connections.fieldNames(); it.hasNext(); ) {
                String connection = it.next();
                if (!validName(connection)) {
                    problem("connections." + connection, connection, true, "not a valid connection name",
                            "use lowercase letters, digits and single hyphens, e.g. 'twilio'");
                }
            }
        }
        if (defaults != null) {
            checkKeys("defaults", defaults);
        }
        List<Service.Member> members = new ArrayList<>();
        List<Service.SharedConnection> shared = new ArrayList<>();
        Map<String, String> idsByName = new LinkedHashMap<>();
        Set<String> usedConnections = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = integrations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            String field = "integrations." + key;
            if (!validName(key)) {
                problem(field, key, true, "not a valid integration name (it names the state machine and its"
                        + " resources)", "use lowercase letters, digits and single hyphens, e.g. 'send-sms'");
                continue;
            }
            if (!entry.getValue().isObject()) {
                problem(field, entry.getValue().asText(), false, "must be a mapping", "write '" + key + ":' then"
                        + " indented 'endpoint:', 'method:' and 'connection:' (or 'auth:') lines");
                continue;
            }
            String pascal = Service.pascal(key);
            String clash = idsByName.put(pascal, key);
            if (clash != null) {
                problem(field, key, true, "its logical IDs (" + pascal + ") are those of '" + clash + "'",
                        "rename one of them");
                continue;
            }
            checkKeys(field, entry.getValue());
            Integration integration = integration(key, entry.getValue(), defaults, connections, usedConnections);
            if (integration != null) {
                String connectionName = connectionName(entry.getValue(), defaults);
                String connectionId = connectionId(integration, shared, "Connection"
                        + Service.pascal(connectionName != null ? connectionName : key));
                members.add(new Service.Member(integration, "StateMachine" + pascal, "StateMachine" + pascal
                        + "LogGroup", connectionId, key));
            }
        }
        if (connections != null) {
            for (Iterator<String> it = connections.fieldNames(); it.hasNext(); ) {
                String connection = it.next();
                if (!usedConnections.contains(connection)) {
                    problem("connections." + connection, connection, true, "no integration uses this connection",
                            "add 'connection: " + connection + "' to an integration, or remove it");
                }
            }
        }
        routes(members);
        dedupe(problems);
        dedupe(warnings);
        return problems.isEmpty() ? new Service(name, List.copyOf(members), List.copyOf(shared)) : null;
    }

    /** The integration checked as a five-line descriptor: service settings, then defaults, then its own keys. */
    private Integration integration(String key, JsonNode own, JsonNode defaults, JsonNode connections,
            Set<String> usedConnections) {
        ObjectNode root = descriptor.root().objectNode();
        Map<String, String> origins = new LinkedHashMap<>();
        root.put("name", key);
        origins.put("name", "integrations." + key);
        for (String setting : SERVICE_SETTINGS) {
            if (descriptor.root().has(setting)) {
                root.set(setting, descriptor.root().get(setting));
                origins.put(setting, setting);
            }
        }
        copy(root, origins, defaults, "defaults");
        copy(root, origins, own, "integrations." + key);
        JsonNode connection = root.remove("connection");
        String connectionOrigin = origins.remove("connection");
        if (connection != null) {
            String connectionName = connection.asText("");
            if (root.has("auth")) {
                problem(connectionOrigin, connectionName, false, "an integration has 'connection' or 'auth', not"
                        + " both", "remove one of them");
                return null;
            }
            if (connections == null || !connections.has(connectionName)) {
                List<String> known = new ArrayList<>();
                if (connections != null) {
                    connections.fieldNames().forEachRemaining(known::add);
                }
                problem(connectionOrigin, connectionName, false, "no such connection under 'connections'",
                        known.isEmpty() ? "add it under 'connections:'" : suggestion(connectionName, known));
                return null;
            }
            usedConnections.add(connectionName);
            root.set("auth", connections.get(connectionName));
            origins.put("auth", "connections." + connectionName);
        }
        Map<String, Location> keys = new LinkedHashMap<>();
        Map<String, Location> values = new LinkedHashMap<>();
        origins.forEach((top, origin) -> {
            relocate(descriptor.keys(), keys, top, origin);
            relocate(descriptor.values(), values, top, origin);
        });
        List<Problem> found = new ArrayList<>();
        List<Problem> advice = new ArrayList<>();
        Integration integration = DescriptorValidator.validate(new Descriptor(descriptor.file(), root, keys, values),
                found, advice);
        found.forEach(p -> problems.add(origin(p, origins)));
        advice.forEach(p -> warnings.add(origin(p, origins)));
        return found.isEmpty() ? integration : null;
    }

    private static void copy(ObjectNode root, Map<String, String> origins, JsonNode from, String prefix) {
        if (from == null) {
            return;
        }
        from.fields().forEachRemaining(e -> {
            if (INTEGRATION_KEYS.contains(e.getKey())) {
                root.set(e.getKey(), e.getValue());
                origins.put(e.getKey(), prefix + "." + e.getKey());
            }
        });
    }

    /** Copies the locations under {@code origin} to the same paths under {@code top}. */
    private static void relocate(Map<String, Location> from, Map<String, Location> to, String top, String origin) {
        from.forEach((path, location) -> {
            if (path.equals(origin)) {
                to.put(top, location);
            } else if (path.startsWith(origin + ".")) {
                to.put(top + path.substring(origin.length()), location);
            }
        });
    }

    /** A problem of the assembled descriptor, named by the field where it stands in the file. */
    private static Problem origin(Problem problem, Map<String, String> origins) {
        String field = problem.field();
        if (field.isEmpty()) {
            return problem;
        }
        String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        String origin = origins.get(top);
        return origin == null ? problem : new Problem(problem.line(), problem.column(),
                origin + field.substring(top.length()), problem.value(), problem.problem(), problem.fix());
    }

    /** The integration's named connection (its own, else the defaults'), or null for an inline 'auth'. */
    private static String connectionName(JsonNode own, JsonNode defaults) {
        if (own.has("connection")) {
            return own.get("connection").asText();
        }
        return own.has("auth") || defaults == null || !defaults.has("connection") ? null
                : defaults.get("connection").asText();
    }

    /** The connection's logical ID: an identical one already made is shared. */
    private static String connectionId(Integration integration, List<Service.SharedConnection> shared,
            String wanted) {
        for (Service.SharedConnection connection : shared) {
            Integration owner = connection.owner();
            if (owner.auth().equals(integration.auth())
                    && owner.connectionParameters().equals(integration.connectionParameters())) {
                return connection.logicalId();
            }
        }
        // Two different connections named after the same integration or connection get a number.
        Set<String> taken = shared.stream().map(Service.SharedConnection::logicalId).collect(Collectors.toSet());
        String chosen = wanted;
        for (int n = 2; taken.contains(chosen); n++) {
            chosen = wanted + n;
        }
        shared.add(new Service.SharedConnection(chosen, integration));
        return chosen;
    }

    /** One route per method and path; a path parameter has one name wherever its position is shared. */
    private void routes(List<Service.Member> members) {
        Map<String, String> routes = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> deployTime = new LinkedHashMap<>();
        for (Service.Member member : members) {
            Integration integration = member.integration();
            String field = "integrations." + member.operationId();
            if (integration.trigger().synchronous()) {
                String route = integration.method() + " " + integration.path();
                String other = routes.put(route.replaceAll("\\{[^}]*}", "{}"), member.operationId());
                if (other != null) {
                    problem(field, route, true, "the same route as '" + other + "'", "give it another 'path' or"
                            + " 'method'");
                }
                String[] segments = integration.path().split("/");
                StringBuilder prefix = new StringBuilder();
                for (String segment : segments) {
                    if (segment.startsWith("{")) {
                        String known = parameters.putIfAbsent(prefix.toString(), segment);
                        if (known != null && !known.equals(segment)) {
                            problem(field, integration.path(), true, "API Gateway needs one name for a path"
                                    + " parameter at one place, and another path has " + known + " there",
                                    "call it " + known + " here too");
                        }
                    }
                    prefix.append('/').append(segment.startsWith("{") ? "{}" : segment);
                }
            }
            integration.request().endpointParameters().forEach((placeholder, ssm) -> {
                String known = deployTime.putIfAbsent(placeholder, ssm);
                if (known != null && !known.equals(ssm)) {
                    problem(field, placeholder, true, "the endpoint parameter " + placeholder + " is read from "
                            + ssm + " here and from " + known + " in another integration (they share one template"
                            + " parameter)", "use one SSM parameter, or another placeholder name");
                }
            });
        }
    }

    private void checkKeys(String parent, JsonNode node) {
        node.fieldNames().forEachRemaining(key -> {
            if (!INTEGRATION_KEYS.contains(key) && !SERVICE_SETTINGS.contains(key) && !key.equals("name")
                    && !key.equals("workflow")) {
                problem(parent + "." + key, key, true, "unknown key", DescriptorValidator.suggestion(key,
                        INTEGRATION_KEYS, "remove it; the keys allowed here are " + String.join(", ", INTEGRATION_KEYS)));
            } else if (SERVICE_SETTINGS.contains(key) || key.equals("name") || key.equals("workflow")) {
                problem(parent + "." + key, key, true, key.equals("name") ? "an integration is named by its key"
                        : "'" + key + "' is a setting of the whole service (one API, one stack)",
                        key.equals("name") ? "remove it" : "set it once at the top of the descriptor");
            }
        });
    }

    private JsonNode mapping(String field, boolean required) {
        JsonNode node = descriptor.root().get(field);
        if (node == null) {
            if (required) {
                problem(field, null, false, "missing", "add '" + field + ":'");
            }
            return null;
        }
        if (!node.isObject() || node.isEmpty()) {
            problem(field, node.toString(), false, "must be a non-empty mapping", "write '" + field + ":' then"
                    + " indented entries");
            return null;
        }
        return node;
    }

    private static boolean validName(String name) {
        return DescriptorValidator.NAME.matcher(name).matches() && name.length() <= DescriptorValidator.NAME_MAX;
    }

    private static String suggestion(String typed, List<String> known) {
        return DescriptorValidator.suggestion(typed, known, "use one of " + String.join(", ", known));
    }

    private void problem(String field, String value, boolean atKey, String problem, String fix) {
        Location at = atKey || value == null ? descriptor.keyOf(field) : descriptor.valueOf(field);
        problems.add(new Problem(at.line(), at.column(), field, value, problem, fix));
    }

    private static void dedupe(List<Problem> list) {
        List<Problem> distinct = list.stream().distinct().collect(Collectors.toList());
        list.clear();
        list.addAll(distinct);
    }
}
