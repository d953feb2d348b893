package io.github.samhttp.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.model.LogicalIds;
import io.github.samhttp.core.model.Service;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an integration's resources are, and how the others refer to them. In a service of up to
 * {@value Service#ONE_STACK_MAX} integrations, everything is in the root stack. In a larger one, each nested stack
 * (an {@code AWS::Serverless::Application} of the root) holds its integrations' state machines, log groups, alarms and
 * the role the API starts them with; the root keeps the API, the connections and the parameters, and passes the
 * nested stack what it refers to as parameters. The API body names a state machine, and the role, through the nested
 * stack's outputs.
 */
final class Stacks {

    /** The output of a nested stack that gives its API role's ARN. */
    static final String API_ROLE_OUTPUT = LogicalIds.API_ROLE + "Arn";
    /** The output of a nested stack that names its dashboard. */
    static final String DASHBOARD_OUTPUT = LogicalIds.DASHBOARD + "Name";
    /** The parameter of a nested stack that names the alarms' SNS topic. */
    static final String ALARM_TOPIC_PARAMETER = LogicalIds.ALARM_TOPIC + "Arn";

    private Stacks() {
    }

    /** The template file of the nested stack {@code id}, beside template.yaml ('Integrations07' → integrations-07.yaml). */
    static String file(String id) {
        return id.replaceAll("([a-z])([0-9])", "$1-$2").toLowerCase(Locale.ROOT) + ".yaml";
    }

    /** The state machine's ARN, as the API body (in the root stack) refers to it. */
    static JsonNode machineArn(Service.Member member) {
        return member.stack() == null ? Cfn.ref(member.stateMachineId())
                : Cfn.getAtt(member.stack(), "Outputs." + member.stateMachineId() + "Arn");
    }

    /** The state machine's name, as the API body refers to it. */
    static JsonNode machineName(Service.Member member) {
        return member.stack() == null ? Cfn.getAtt(member.stateMachineId(), "Name")
                : Cfn.getAtt(member.stack(), "Outputs." + member.stateMachineId() + "Name");
    }

    /** The role the API starts the state machine with, as the API body refers to it. */
    static JsonNode apiRoleArn(Service.Member member) {
        return member.stack() == null ? Cfn.getAtt(LogicalIds.API_ROLE, "Arn")
                : Cfn.getAtt(member.stack(), "Outputs." + API_ROLE_OUTPUT);
    }

    /**
     * The stack an integration's resources are written in, and how they refer to what the root holds: directly in
     * the root, through a parameter of the same name in a nested stack (recorded, with the root's value for it).
     */
    static final class Scope {

        private final boolean nested;
        /** A nested stack's parameters: name to the root's value for it. */
        private final Map<String, JsonNode> passed = new TreeMap<>();

        private Scope(boolean nested) {
            this.nested = nested;
        }

        static Scope root() {
            return new Scope(false);
        }

        static Scope nested() {
            return new Scope(true);
        }

        boolean isNested() {
            return nested;
        }

        JsonNode connectionArn(String connectionId) {
            return passed(connectionId + "Arn", Cfn.getAtt(connectionId, "Arn"));
        }

        JsonNode connectionSecretArn(String connectionId) {
            return passed(connectionId + "SecretArn", Cfn.getAtt(connectionId, "SecretArn"));
        }

        JsonNode endpointParameter(String name) {
            String id = LogicalIds.endpointParameter(name);
            return passed(id, Cfn.ref(id));
        }

        JsonNode alarmTopic() {
            return passed(ALARM_TOPIC_PARAMETER, Cfn.ref(LogicalIds.ALARM_TOPIC));
        }

        private JsonNode passed(String parameter, ObjectNode rootValue) {
            if (!nested) {
                return rootValue;
            }
            passed.put(parameter, rootValue);
            return Cfn.ref(parameter);
        }

        /** A nested stack's parameters, in order: name to the root's value. */
        Map<String, JsonNode> parameters() {
            return java.util.Collections.unmodifiableMap(passed);
        }
    }
}
