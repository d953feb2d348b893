package io.github.samhttp.core.local;

/** Step Functions refused a call (StartSyncExecution, StartExecution, DescribeExecution): its status and error. */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String MODEL = "com.amazonaws.swf.service.v2.model#";

    final int status;
    final String type;

    Refused(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** A 400 of Step Functions' own model: {@code InvalidName}, {@code ExecutionDoesNotExist}, ... */
    static Refused of(String error, String message) {
        return new Refused(400, MODEL + error, message);
    }

    /** The error body Step Functions answers with. */
    String body() {
        return new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("__type", type)
                .put("message", getMessage()).toString();
    }
}
