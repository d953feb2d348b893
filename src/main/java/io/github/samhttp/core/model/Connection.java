package io.github.samhttp.core.model;

/**
 * The EventBridge connection an integration calls through: how it authenticates, and what it adds to every call.
 * Two integrations with equal connections share one.
 *
 * @param auth how the connection authenticates to the third party
 * @param parameters headers, query parameters and body fields the connection adds to every call
 * @param kmsKey the customer managed key (ARN or alias ARN) its secret is encrypted with, or null for AWS's own
 * @param resourceConfiguration the VPC Lattice resource configuration of a private endpoint, or null
 */
public record Connection(ConnectionAuth auth, ConnectionParameters parameters, String kmsKey,
        String resourceConfiguration) {
}
