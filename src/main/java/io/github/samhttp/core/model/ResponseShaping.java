package io.github.samhttp.core.model;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the API answers from the third party's answer.
 *
 * @param bodyPath JSONPath into the third-party response body whose value the API returns; {@code $} for all
 * @param errorStatus the API status for a third-party error status ("404") or for "timeout", sorted by key
 */
public record ResponseShaping(String bodyPath, SortedMap<String, Integer> errorStatus) {

    /** The key of {@link #errorStatus} for a call that took longer than its timeoutSeconds. */
    public static final String TIMEOUT = "timeout";

    public static final ResponseShaping DEFAULT = new ResponseShaping("$", new TreeMap<>());
}
