package io.github.samhttp.core.local.apigateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How API Gateway matches a request path to a route and hands the path parameters to the mapping template. Whether
 * a REST API hands them over decoded or as sent (still percent-encoded) is not documented, and captures of deployed
 * REST APIs show them as sent; HTTP APIs decode them. The generated templates are right under both readings, and
 * the local runtime can emulate either.
 */
public final class RoutePaths {

    /** How the mapping template receives a path parameter. */
    public enum Reading {
        /** As the client sent it, percent-encoded ({@code a%20b}): what captures of REST APIs show. */
        AS_SENT,
        /** URL-decoded ({@code a b}), '+' kept: what HTTP APIs do. */
        DECODED
    }

    private RoutePaths() {
    }

    /**
     * Whether {@code path} fits the route {@code template} (a {name} segment takes any non-empty segment); if so,
     * its parameters, read as {@code reading} says, go into {@code parameters}.
     */
    public static boolean matches(String template, String path, Reading reading, Map<String, String> parameters) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return false;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return false;
                }
                try {
                    found.put(expected[i].substring(1, expected[i].length() - 1), reading == Reading.AS_SENT
                            ? actual[i] : URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return false;
                }
            } else if (!expected[i].equals(actual[i])) {
                return false;
            }
        }
        parameters.putAll(found);
        return true;
    }
}
