package io.github.samhttp.core.model;

/** The methods the Step Functions HTTP Task can send. */
public enum HttpMethod {
    GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD;

    /** Whether a request with this method carries a body the task should send. */
    public boolean sendsBody() {
        return this == POST || this == PUT || this == PATCH;
    }
}
