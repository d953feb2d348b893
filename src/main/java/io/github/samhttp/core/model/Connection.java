package io.github.samhttp.core.model;

/**
 * The EventBridge connection an integration calls through: how it authenticates, and what it adds to every call.
 * Two integrations with equal connections share one.
 *
 * @param auth how the connection authenticates to the third party
 * @param parameters headers, query parameters and body fields the connection adds to every call
 */
public record Connection(ConnectionAuth auth, ConnectionParameters parameters) {
}
