package io.github.samhttp.core.model;


/**
 * What starts the workflow: an API request, answered with the third party's answer (REST API or HTTP API, through
 * StartSyncExecution), or an event, which starts it asynchronously (an EventBridge rule or a schedule).
 */
public sealed interface Trigger {

    /** Whether the caller waits for the third party's answer (an API), or not (an event). */
    default boolean synchronous() {
        return this instanceof RestApi || this instanceof HttpApi;
    }

    String type();

    /** API Gateway REST API (v1): mapping templates shape every answer. The default. */
    record RestApi() implements Trigger {
        public String type() {
            return "REST_API";
        }
    }

    /** API Gateway HTTP API (v2) with the StepFunctions-StartSyncExecution integration. */
    record HttpApi() implements Trigger {
        public String type() {
            return "HTTP_API";
        }
    }

    /**
     * An EventBridge rule: each matching event is the execution input.
     *
     * @param eventBus the bus name, "default" for the account's default bus
     * @param pattern the event pattern, keys sorted
     * @param deadLetterQueue whether events EventBridge fails to deliver are kept in an SQS queue
     */
    record EventBridge(String eventBus, JsonValue pattern, boolean deadLetterQueue) implements Trigger {
        public String type() {
            return "EVENTBRIDGE";
        }
    }

    /**
     * An EventBridge Scheduler schedule.
     *
     * @param expression {@code rate(...)}, {@code cron(...)} or {@code at(...)}
     * @param timezone the IANA time zone of a cron or at expression, or null for UTC
     * @param input the constant execution input, keys sorted
     * @param deadLetterQueue whether starts the scheduler fails to deliver are kept in an SQS queue
     */
    record Schedule(String expression, String timezone, JsonValue input, boolean deadLetterQueue) implements Trigger {
        public String type() {
            return "SCHEDULE";
        }
    }
}
