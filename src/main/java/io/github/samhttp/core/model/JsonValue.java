package io.github.samhttp.core.model;

/**
 * A JSON value the user wrote and the documents pass on as it is (a request schema, an event pattern, a schedule's
 * input), held as its canonical JSON text: keys sorted, so that the descriptor's key order never changes the output.
 *
 * @param json the value as JSON text
 */
public record JsonValue(String json) {
}
