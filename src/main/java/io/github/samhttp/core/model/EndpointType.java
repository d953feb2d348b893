package io.github.samhttp.core.model;

/** Where a REST API answers: through CloudFront's edge (the default), in its region, or only inside VPCs. */
public enum EndpointType {
    EDGE, REGIONAL, PRIVATE;

    /** Whether API Gateway may wait more than 29 seconds for the integration (by quota request). */
    public boolean takesLongTimeouts() {
        return this != EDGE;
    }
}
