package io.github.samhttp.core.model;

import java.util.List;
import java.util.Locale;

/**
 * The one place that mints logical IDs: the fixed ones of the API, and those named after an integration or a
 * connection. The template and the OpenAPI body refer to resources through these, and the validator refuses names
 * whose IDs would collide.
 */
public final class LogicalIds {

    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^A-Za-z0-9]+");

    public static final String API = "Api";
    public static final String API_ROLE = "ApiRole";
    public static final String API_KEY = "ApiKey";
    public static final String USAGE_PLAN = "UsagePlan";
    public static final String USAGE_PLAN_KEY = "UsagePlanKey";
    /** The SNS topic made for {@code alarms.email}. */
    public static final String ALARM_TOPIC = "AlarmTopic";
    public static final String API_SERVER_ERRORS_ALARM = "ApiServerErrorsAlarm";
    public static final String API_LATENCY_ALARM = "ApiLatencyAlarm";
    public static final String DASHBOARD = "Dashboard";
    public static final String API_ACCESS_LOG_GROUP = "ApiAccessLogGroup";
    public static final String WEB_ACL_ASSOCIATION = "ApiWebAclAssociation";
    /** A state machine's alarms: its ID and one of these. */
    public static final String FAILED_ALARM = "FailedAlarm";
    public static final String TIMED_OUT_ALARM = "TimedOutAlarm";
    public static final String THROTTLED_ALARM = "ThrottledAlarm";
    public static final String DEAD_LETTER_ALARM = "DeadLetterAlarm";
    /** The state machine's event (SAM names the rule or schedule after it: StateMachineTrigger). */
    public static final String TRIGGER_EVENT = "Trigger";
    /** The request body model of the five-line form; with several integrations, one per integration. */
    public static final String REQUEST_MODEL = "RequestBody";

    /** The DefinitionSubstitutions placeholder for the connection ARN in the ASL file. */
    public static final String CONNECTION_ARN_PLACEHOLDER = RequestShaping.CONNECTION_ARN_SUBSTITUTION;

    /** What SAM and this plugin name after a state machine's logical ID: its role, log group, trigger and alarms. */
    private static final List<String> STATE_MACHINE_SUFFIXES = List.of("", "Role", "LogGroup", TRIGGER_EVENT,
            TRIGGER_EVENT + "Queue", TRIGGER_EVENT + "Role", "Arn", FAILED_ALARM, TIMED_OUT_ALARM, THROTTLED_ALARM,
            DEAD_LETTER_ALARM);

    private LogicalIds() {
    }

    /** The template parameter that fills the endpoint placeholder {@code name} at deploy time. */
    public static String endpointParameter(String name) {
        return "Endpoint" + name;
    }

    /** The state machine of the integration {@code name} in a service (the five-line form has 'StateMachine'). */
    public static String stateMachine(String name) {
        return "StateMachine" + pascal(name);
    }

    /** The queue SAM makes for a state machine's event trigger with a dead-letter queue. */
    public static String deadLetterQueue(String stateMachineId) {
        return stateMachineId + TRIGGER_EVENT + "Queue";
    }

    /**
     * How many nested stacks the integrations of a large service spread over. Fixed, so that adding an integration
     * never moves another one's resources to a different stack.
     */
    public static final int INTEGRATION_STACKS = 16;

    /**
     * The nested stack that holds the resources of the integration {@code name} in a large service: chosen by a
     * hash of the name alone (CRC-32, the same on every JVM), so that adding or removing an integration leaves the
     * others where they are.
     */
    public static String integrationsStack(String name) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "Integrations%02d", crc.getValue() % INTEGRATION_STACKS);
    }

    /** The log group of a state machine. */
    public static String logGroup(String stateMachineId) {
        return stateMachineId + "LogGroup";
    }

    /** The connection named {@code name} (a connection's or an integration's name). */
    public static String connection(String name) {
        return "Connection" + pascal(name);
    }

    /** The request model of the integration {@code name} in a service. */
    public static String requestModel(String name) {
        return REQUEST_MODEL + pascal(name);
    }

    /** Every ID the integration {@code name} occupies in a service: its own, and those derived from them. */
    public static List<String> occupiedBy(String name) {
        String machine = stateMachine(name);
        List<String> ids = new java.util.ArrayList<>(STATE_MACHINE_SUFFIXES.stream().map(s -> machine + s).toList());
        ids.add(requestModel(name));
        return ids;
    }

    /** 'sms-send' becomes 'SmsSend': the part of a logical ID that names an integration or a connection. */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : NOT_ALPHANUMERIC.split(name)) {
            if (!part.isEmpty()) {
                out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
