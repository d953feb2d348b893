package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.Endpoint;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.aws.HttpTaskRules;
import io.github.samhttp.core.read.Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** What the call takes from the API request or sends every time: body, headers, query, path parameters. */
final class RequestRules {

    private final FieldReader fields;
    private final LiteralCredentials literals;

    RequestRules(FieldReader fields) {
        this.fields = fields;
        this.literals = new LiteralCredentials(fields);
    }

    String requestBody(HttpMethod method) {
        String path = fields.text("requestBody");
        if (path == null) {
            return !fields.has("requestBody") && method != null && method.sendsBody() ? "$" : null;
        }
        if (method != null && !method.sendsBody()) {
            fields.addProblem("requestBody", path, "a " + method + " request to the third party carries no body",
                    "remove 'requestBody', or use POST, PUT or PATCH");
            return null;
        }
        return path;
    }

    SortedMap<String, String> headers(Encoding encoding) {
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, JsonNode> entry : fields.entries("headers")) {
            String header = entry.getKey();
            String value = entry.getValue().asText();
            String field = Descriptor.child("headers", header);
            if (HttpTaskRules.forbidden(header)) {
                fields.addKeyProblem(field, header, "the Step Functions HTTP Task may not set this header "
                        + "(the execution would fail with States.Runtime)",
                        header.toLowerCase(Locale.ROOT).contains("authorization")
                                ? "remove it; credentials belong in 'auth' (type API_KEY with header: " + header + ")"
                                : "remove it: the HTTP Task sets or refuses this header itself");
            } else if (encoding == Encoding.URL_ENCODED && header.equalsIgnoreCase("content-type")) {
                fields.addKeyProblem(field, header, "with 'encoding: URL_ENCODED' the content-type is set for you",
                        "remove the content-type header");
            } else if (headers.containsKey(header)) {
                String first = headers.ceilingKey(header);
                fields.addKeyProblem(field, header, "the header is set twice: names are case-insensitive and '" + first
                        + "' is set at line " + fields.keyLine(Descriptor.child("headers", first)), "keep one of them");
            } else if (!FieldReader.printableAscii(value)) {
                fields.addProblem(field, value, "a header value must be printable ASCII (HTTP clients refuse other"
                        + " characters)", "percent-encode or remove the other characters");
            } else if (literals.allowed(field, header, value, LiteralCredentials.MOVE_TO_AUTH)) {
                replaced(field, header, value);
                headers.put(header, value);
            }
        }
        return headers;
    }

    /** Warns of a header the HTTP Task replaces with its own value: the third party never sees this one. */
    private void replaced(String field, String header, String value) {
        String own = HttpTaskRules.replacedBy(header);
        if (own != null) {
            fields.warn(field, value, "the Step Functions HTTP Task sends its own " + header + " ('" + own + "') in"
                    + " place of this one, so the third party never gets it", "remove it");
        }
    }

    /** Static query parameters: a mapping of names to string values. */
    SortedMap<String, String> query() {
        SortedMap<String, String> query = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : fields.entries("query")) {
            String name = entry.getKey();
            String value = entry.getValue().asText();
            String field = Descriptor.child("query", name);
            if (name.endsWith(".$")) {
                fields.addKeyProblem(field, name, "a name ending in '.$' would be read as a path by Step Functions",
                        "rename the parameter");
            } else if (fields.oneLine(field, value, 1024) && literals.allowed(field, name, value, LiteralCredentials.MOVE_TO_AUTH)) {
                query.put(name, value);
            }
        }
        return query;
    }

    List<String> forwardQuery(SortedMap<String, String> query) {
        List<String> forwardQuery = fields.distinct("forwardQuery", false);
        for (String q : forwardQuery) {
            if (query.containsKey(q)) {
                fields.addProblem("forwardQuery." + forwardQuery.indexOf(q), q, "the parameter is also set in"
                        + " 'query', whose value would win", "remove it from 'forwardQuery' or from 'query'");
            }
        }
        return forwardQuery;
    }

    List<String> forwardHeaders(SortedMap<String, String> headers) {
        List<String> forwardHeaders = fields.distinct("forwardHeaders", true);
        for (String h : forwardHeaders) {
            replaced("forwardHeaders." + forwardHeaders.indexOf(h), h, h);
            if (HttpTaskRules.forbidden(h) || headers.containsKey(h)) {
                fields.addProblem("forwardHeaders." + forwardHeaders.indexOf(h), h, HttpTaskRules.forbidden(h)
                        ? "the Step Functions HTTP Task may not set this header"
                        : "the header is also set in 'headers': a caller could not change it anyway",
                        "remove it from 'forwardHeaders'");
            }
        }
        if (fields.at("encoding").asText("").equals(Encoding.URL_ENCODED.name())) {
            for (String h : forwardHeaders) {
                if (h.equalsIgnoreCase("content-type")) {
                    fields.addProblem("forwardHeaders." + forwardHeaders.indexOf(h), h, "with 'encoding: URL_ENCODED'"
                            + " the content-type is set for you; a forwarded one would stand beside it",
                            "remove it from 'forwardHeaders'");
                }
            }
        }
        return forwardHeaders;
    }

    /** The default API path: '/name', then one '{p}' segment per endpoint placeholder filled per request. */
    static String defaultPath(String name, Endpoint endpoint, SortedMap<String, String> endpointParameters) {
        StringBuilder path = new StringBuilder("/").append(name == null ? "integration" : name);
        if (endpoint != null) {
            for (String p : new java.util.LinkedHashSet<>(endpoint.placeholders())) {
                if (!endpointParameters.containsKey(p)) {
                    path.append("/{").append(p).append('}');
                }
            }
        }
        return path.toString();
    }

    /** The API path: no dot segments, which clients and API Gateway resolve away before routing. */
    String path(String defaultPath) {
        String path = fields.text("path");
        if (path == null) {
            return fields.has("path") ? null : defaultPath;
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                fields.addProblem("path", path, "a '" + segment + "' segment: clients and API Gateway resolve dot"
                        + " segments away, so the route could never be called as written", "remove the '" + segment
                        + "' segment");
                return null;
            }
        }
        return path;
    }

    /** The API path's parameters; each must fill an endpoint placeholder, and every placeholder must be filled. */
    List<String> pathParameters(String path, Endpoint endpoint, SortedMap<String, String> endpointParameters) {
        List<String> names = new ArrayList<>();
        if (path == null || endpoint == null) {
            return names;
        }
        Matcher matcher = Endpoint.PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (names.contains(name)) {
                fields.addProblem("path", path, "the parameter {" + name + "} appears twice",
                        "give each parameter its own name");
            } else if (endpointParameters.containsKey(name)) {
                fields.addProblem("path", path, "{" + name + "} is also in 'endpointParameters'",
                        "rename the path parameter, or remove the line from 'endpointParameters'");
            } else if (!endpoint.placeholders().contains(name)) {
                fields.addProblem("path", path, "the path parameter {" + name + "} is not used in the endpoint",
                        "write {" + name + "} where it goes in 'endpoint', or remove it from the path");
            }
            names.add(name);
        }
        for (String placeholder : endpoint.placeholders()) {
            if (!names.contains(placeholder) && !endpointParameters.containsKey(placeholder)) {
                fields.addProblem("endpoint", endpoint.text(), "nothing fills the placeholder {" + placeholder + "}",
                        "add {" + placeholder + "} to 'path' (from the API request), or 'endpointParameters: {"
                                + placeholder + ": ssm:/name}' (at deploy time)");
            }
        }
        return names;
    }
}
