package io.github.samhttp.core.model;

/** The state machine type: EXPRESS (the default, required by API triggers) or STANDARD (event triggers only). */
public enum Workflow {
    EXPRESS,
    STANDARD
}
