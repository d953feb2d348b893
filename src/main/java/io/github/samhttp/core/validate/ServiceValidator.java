package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.Integration;
import io.github.samhttp.core.model.LogicalIds;
import io.github.samhttp.core.model.Service;
import io.github.samhttp.core.model.ServiceSettings;
import io.github.samhttp.core.read.Descriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The descriptor as a service: the five-line form (one integration, checked by {@link DescriptorValidator}), or
 * the form with {@code integrations:}, shared {@code connections:} and {@code defaults}. The latter is checked as
 * written (its shape, every user text), then each integration as the {@link Merge} stage assembles it, with every
 * problem reported where it stands in the file, each once.
 */
public final class ServiceValidator {

    private ServiceValidator() {
    }

    /** Validates the descriptor into a service; null when {@code problems} is not empty afterwards. */
    public static Service validate(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        if (!descriptor.root().has("integrations")) {
            DescriptorValidator.Validated validated = DescriptorValidator.validate(descriptor, problems, warnings);
            dedupe(problems);
            dedupe(warnings);
            return validated == null ? null : Service.of(validated.settings(), validated.integration());
        }
        Service service = service(descriptor, problems, warnings);
        dedupe(problems);
        dedupe(warnings);
        sameAdviceOnce(warnings);
        return problems.isEmpty() ? service : null;
    }

    private static Service service(Descriptor descriptor, List<Problem> problems, List<Problem> warnings) {
        FieldReader raw = new FieldReader(View.of(descriptor), problems, warnings);
        new UserTextGate(raw).check();
        ShapeCheck.service(raw);
        JsonNode root = descriptor.root();
        if (!root.has("name")) {
            raw.addProblem("name", null, "missing: a descriptor with several integrations names the service (its"
                    + " stack and API)", "add 'name:' e.g. 'name: notifications'");
        }
        String trigger = root.path("trigger").isObject() ? root.path("trigger").path("type").asText("")
                : root.path("trigger").asText("REST_API");
        if (trigger.equals("EVENTBRIDGE") || trigger.equals("SCHEDULE")) {
            raw.addProblem(root.path("trigger").isObject() ? "trigger.type" : "trigger", trigger, "several"
                    + " integrations share one API; an event trigger starts one workflow", "write one descriptor per"
                    + " event-triggered integration, or use REST_API or HTTP_API");
            return null;
        }
        List<String> names = raw.names("integrations");
        if (root.path("integrations").isObject() && root.path("integrations").isEmpty()) {
            raw.addProblem("integrations", "{}", "lists no integration", "add one, e.g. 'send-sms:' with indented"
                    + " 'endpoint:', 'method:' and 'connection:' lines");
            return null;
        }
        ServiceRules rules = new ServiceRules(raw);
        rules.logicalIds(names);
        rules.connectionIds(raw.names("connections"));
        List<Service.Member> members = new ArrayList<>();
        List<Service.SharedConnection> shared = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        ServiceSettings settings = null;
        for (String name : names) {
            String connectionName = Merge.connectionName(root, name);
            if (connectionName != null) {
                used.add(connectionName);
            }
            View view = Merge.integration(raw, name);
            if (view == null) {
                continue;
            }
            DescriptorValidator.Validated validated = DescriptorValidator.validate(new FieldReader(view, problems,
                    warnings));
            if (validated != null) {
                // The same in every integration: merged from the top of the descriptor.
                settings = validated.settings();
                Integration integration = validated.integration();
                String machine = LogicalIds.stateMachine(name);
                members.add(new Service.Member(integration, machine, LogicalIds.logGroup(machine),
                        connectionId(integration, shared, connectionName != null ? connectionName : name), name, null));
            }
        }
        if (nested(raw, root, members.size())) {
            members.replaceAll(m -> m.in(LogicalIds.integrationsStack(m.operationId())));
        }
        rules.connectionsUsed(raw.names("connections"), used);
        int resources = rules.routes(members);
        if (settings != null && settings.trigger() instanceof io.github.samhttp.core.model.Trigger.RestApi) {
            rules.restResources(resources);
        }
        return problems.isEmpty() ? new Service(raw.text("name"), settings, List.copyOf(members), List.copyOf(shared))
                : null;
    }

    /**
     * Whether the integrations' resources go to nested stacks: as {@code nestedStacks} says, else when one stack
     * cannot hold them. Near that point, a warning: passing it moves every integration's resources once.
     */
    private static boolean nested(FieldReader raw, JsonNode root, int integrations) {
        if (!root.has("nestedStacks")) {
            if (integrations > Service.ONE_STACK_MAX - 10 && integrations <= Service.ONE_STACK_MAX) {
                raw.warn("integrations", integrations + " integrations", "past " + Service.ONE_STACK_MAX + ", each"
                        + " integration's resources go to nested stacks, and CloudFormation makes every state machine"
                        + " and log group anew there (new ARNs, the old logs gone)", "add 'nestedStacks: true' now, while"
                        + " the service is small enough to move");
            } else if (integrations > Service.ONE_STACK_MAX) {
                raw.warn("integrations", integrations + " integrations", "over " + Service.ONE_STACK_MAX + ", each"
                        + " integration's resources are in nested stacks: if this service was deployed with "
                        + Service.ONE_STACK_MAX + " or fewer, CloudFormation makes every state machine and log group"
                        + " anew there (new ARNs, the old logs gone)", "say so with 'nestedStacks: true', once the move"
                        + " is what you want");
            }
            return integrations > Service.ONE_STACK_MAX;
        }
        boolean nested = raw.bool("nestedStacks", false);
        if (!nested && integrations > Service.ONE_STACK_MAX) {
            raw.addProblem("nestedStacks", "false", integrations + " integrations do not fit one stack (at most "
                    + Service.ONE_STACK_MAX + ": CloudFormation's 500 resources once the SAM transform has expanded"
                    + " them)", "remove 'nestedStacks: false', or split the integrations over several descriptors");
        }
        return nested;
    }

    /** The connection's logical ID: an identical one already made is shared. */
    private static String connectionId(Integration integration, List<Service.SharedConnection> shared, String name) {
        for (Service.SharedConnection connection : shared) {
            if (connection.connection().equals(integration.connection())) {
                return connection.logicalId();
            }
        }
        // Two different connections named after the same integration or connection get a number.
        Set<String> taken = new java.util.HashSet<>();
        for (Service.SharedConnection connection : shared) {
            taken.add(connection.logicalId());
        }
        String wanted = LogicalIds.connection(name);
        String chosen = wanted;
        for (int n = 2; taken.contains(chosen); n++) {
            chosen = wanted + n;
        }
        shared.add(new Service.SharedConnection(chosen, integration.connection(), integration.endpoint().host()));
        return chosen;
    }

    /**
     * The same advice about the same value is given once, where it first stands: integrations that write the same
     * inline auth share one connection, and its key's policy needs saying once.
     */
    private static void sameAdviceOnce(List<Problem> warnings) {
        Set<String> given = new java.util.HashSet<>();
        warnings.removeIf(w -> !given.add(w.value() + "\u0000" + w.problem() + "\u0000" + w.fix()));
    }

    private static void dedupe(List<Problem> list) {
        List<Problem> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(list));
        list.clear();
        list.addAll(distinct);
    }
}
