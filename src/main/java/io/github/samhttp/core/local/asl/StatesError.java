package io.github.samhttp.core.local.asl;

/** A Step Functions error, as a state raises it and Retry and Catch match it. */
public final class StatesError extends Exception {

    public static final String RUNTIME = "States.Runtime";
    public static final String TIMEOUT = "States.Timeout";
    public static final String ALL = "States.ALL";

    private final String error;
    private final String cause;

    public StatesError(String error, String cause) {
        super(error + ": " + cause);
        this.error = error;
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    /**
     * Whether a Retry or Catch {@code ErrorEquals} name matches: States.ALL matches all but the terminal
     * States.Runtime and States.DataLimitExceeded; States.TaskFailed matches the same except States.Timeout.
     */
    public boolean matches(String name) {
        if (name.equals(error)) {
            return true;
        }
        boolean terminal = error.equals(RUNTIME) || error.equals("States.DataLimitExceeded");
        if (name.equals("States.TaskFailed")) {
            return !terminal && !error.equals(TIMEOUT);
        }
        return name.equals(ALL) && !terminal;
    }
}
