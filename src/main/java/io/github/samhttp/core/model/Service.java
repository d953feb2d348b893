package io.github.samhttp.core.model;

import java.util.List;

/**
 * What one descriptor deploys: one stack with one API (or event trigger), and one state machine per integration.
 * The five-line form is a service of one integration whose logical IDs are the plain ones (StateMachine,
 * Connection, ...); with several, each takes its integration's name (StateMachineSms, ConnectionTwilio, ...).
 * Over {@value #ONE_STACK_MAX} integrations, each integration's own resources go to a nested stack
 * ({@link LogicalIds#integrationsStack}) and the root stack keeps the API and the connections.
 *
 * @param name the stack and API name
 * @param settings what holds for the whole service: stage, API auth, trigger, tracing, tags
 * @param members the integrations, in descriptor order
 * @param connections the connections, identical ones shared, in order of first use
 */
public record Service(String name, ServiceSettings settings, List<Member> members,
        List<SharedConnection> connections) {

    /**
     * One integration and the logical IDs of its resources.
     *
     * @param operationId the OpenAPI operationId of its route
     * @param stack the logical ID of the nested stack that holds its resources, or null for the root stack
     */
    public record Member(Integration integration, String stateMachineId, String logGroupId, String connectionId,
            String operationId, String stack) {

        /** The same integration in the nested stack {@code id}. */
        public Member in(String id) {
            return new Member(integration, stateMachineId, logGroupId, connectionId, operationId, id);
        }
    }

    /** The most integrations one stack holds; a service of more nests their resources ({@link Member#stack()}). */
    public static final int ONE_STACK_MAX = 50;

    /**
     * A connection and its logical ID, shared by every integration whose connection equals it.
     *
     * @param host the host of the first integration that uses it (for its description)
     */
    public record SharedConnection(String logicalId, Connection connection, String host) {
    }

    /** The five-line form: one integration, the plain logical IDs. */
    public static Service of(ServiceSettings settings, Integration integration) {
        return new Service(integration.name(), settings, List.of(new Member(integration, "StateMachine",
                LogicalIds.logGroup("StateMachine"), "Connection", "call", null)),
                List.of(new SharedConnection("Connection", integration.connection(),
                integration.endpoint().host())));
    }

    /** Whether this is the five-line form. */
    public boolean single() {
        return members.size() == 1 && members.get(0).stateMachineId().equals("StateMachine");
    }

    /** Whether the integrations' resources are in nested stacks. */
    public boolean nested() {
        return members.get(0).stack() != null;
    }

    /** The nested stacks by logical ID, in order, each with its integrations in descriptor order. */
    public java.util.SortedMap<String, List<Member>> stacks() {
        java.util.SortedMap<String, List<Member>> stacks = new java.util.TreeMap<>();
        for (Member member : members) {
            if (member.stack() != null) {
                stacks.computeIfAbsent(member.stack(), id -> new java.util.ArrayList<>()).add(member);
            }
        }
        return stacks;
    }

    /** The first integration. */
    public Integration first() {
        return members.get(0).integration();
    }

    /** What starts the workflows. */
    public Trigger trigger() {
        return settings.trigger();
    }
}
