package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.Encoding;
import io.github.samhttp.core.model.Endpoint;
import io.github.samhttp.core.model.HttpMethod;
import io.github.samhttp.core.model.HttpTaskRules;
import io.github.samhttp.core.read.Descriptor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the call takes from the API request or sends every time: body, headers, query, path parameters. */
final class RequestRules {

    /** Query parameter names: unreserved URL characters, so that no name needs encoding or escaping. */
    private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.~-]{1,128}");
    /** Forwarded header names: letters, digits and hyphens (also safe inside the request template). */
    private static final Pattern FORWARDED_HEADER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,127}");
    private static final int MAX_FORWARDED = 20;
    private static final Pattern BODY_PATH = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private final FieldReader fields;

    RequestRules(FieldReader fields) {
        this.fields = fields;
    }

    String requestBody(HttpMethod method) {
        if (!fields.has("requestBody")) {
            return method != null && method.sendsBody() ? "$" : null;
        }
        String path = fields.text("requestBody", false);
        if (path == null) {
            return null;
        }
        if (method != null && !method.sendsBody()) {
            fields.addProblem("requestBody", path, "a " + method + " request to the third party carries no body",
                    "remove 'requestBody', or use POST, PUT or PATCH");
            return null;
        }
        if (!BODY_PATH.matcher(path).matches() || path.length() > 256) {
            fields.addProblem("requestBody", path, "not a supported JSONPath into the request body",
                    "write '$' for the whole body or '$.field' / '$.a.b' with names of letters, digits and _");
            return null;
        }
        return path;
    }

    SortedMap<String, String> headers(Encoding encoding) {
        TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        JsonNode node = fields.at("headers");
        if (node.isMissingNode()) {
            return headers;
        }
        if (!node.isObject()) {
            fields.addProblem("headers", node.toString(), "must be a mapping of header names to values",
                    "write 'headers:' then indented lines such as 'Accept: application/json'");
            return headers;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String header = entry.getKey();
            String field = Descriptor.child("headers", header);
            if (!HttpTaskRules.TOKEN.matcher(header).matches() || header.contains("$")) {
                fields.addKeyProblem(field, header, "not a valid header name here (a '$' would turn it into a path in"
                        + " the state machine)", "use letters, digits and hyphens");
            } else if (HttpTaskRules.forbidden(header)) {
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
                        + "' is set at line " + fields.descriptor().keyOf(Descriptor.child("headers", first)).line(),
                        "keep one of them");
            } else if (!entry.getValue().isTextual()) {
                fields.notAString(field, header, entry.getValue(), "a header value");
            } else if (!FieldReader.printableAscii(entry.getValue().asText())) {
                fields.addProblem(field, entry.getValue().asText(), "a header value must be printable ASCII (HTTP"
                        + " clients refuse other characters)", "percent-encode or remove the other characters");
            } else if (fields.checkFreeText(field, entry.getValue().asText(), 4096)) {
                headers.put(header, entry.getValue().asText());
            }
        }
        return headers;
    }

    /** Static query parameters: a mapping of names to string values. */
    SortedMap<String, String> query() {
        SortedMap<String, String> query = new TreeMap<>();
        JsonNode node = fields.at("query");
        if (node.isMissingNode()) {
            return query;
        }
        if (!node.isObject()) {
            fields.addProblem("query", node.asText(), "must be a mapping of parameter names to values",
                    "write 'query:' then indented lines such as 'limit: \"10\"'");
            return query;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = Descriptor.child("query", entry.getKey());
            if (!QUERY_NAME.matcher(entry.getKey()).matches()) {
                fields.addKeyProblem(field, entry.getKey(), "not a query parameter name this plugin accepts",
                        "use letters, digits and . _ ~ -");
            } else if (!entry.getValue().isTextual()) {
                fields.notAString(field, entry.getKey(), entry.getValue(), "a query value");
            } else if (fields.checkFreeText(field, entry.getValue().asText(), 1024)) {
                query.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return query;
    }

    List<String> forwardQuery(SortedMap<String, String> query) {
        List<String> forwardQuery = names("forwardQuery", QUERY_NAME, false, "letters, digits and . _ ~ -, e.g. 'page'");
        forwardQuery.stream().filter(query::containsKey).forEach(q ->
                fields.addProblem("forwardQuery." + forwardQuery.indexOf(q), q, "the parameter is also set in 'query',"
                        + " whose value would win", "remove it from 'forwardQuery' or from 'query'"));
        return forwardQuery;
    }

    List<String> forwardHeaders(SortedMap<String, String> headers) {
        List<String> forwardHeaders = names("forwardHeaders", FORWARDED_HEADER, true,
                "letters, digits and hyphens, e.g. 'Idempotency-Key'");
        forwardHeaders.stream().filter(h -> HttpTaskRules.forbidden(h) || headers.containsKey(h)).forEach(h ->
                fields.addProblem("forwardHeaders." + forwardHeaders.indexOf(h), h, HttpTaskRules.forbidden(h)
                        ? "the Step Functions HTTP Task may not set this header"
                        : "the header is also set in 'headers': a caller could not change it anyway",
                        "remove it from 'forwardHeaders'"));
        return forwardHeaders;
    }

    /** A list of distinct names, each matching {@code pattern}; case-insensitively distinct for headers. */
    private List<String> names(String field, Pattern pattern, boolean caseInsensitive, String form) {
        List<String> names = new ArrayList<>();
        JsonNode node = fields.at(field);
        if (node.isMissingNode()) {
            return names;
        }
        if (!node.isArray()) {
            fields.addProblem(field, node.asText(), "must be a list of names", "write '" + field + ": [name, other]'");
            return names;
        }
        if (node.size() > MAX_FORWARDED) {
            fields.addProblem(field, node.size() + " names", "more than the " + MAX_FORWARDED + " names this plugin"
                    + " forwards", "keep at most " + MAX_FORWARDED);
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String name = item.isTextual() ? item.asText() : null;
            if (name == null || !pattern.matcher(name).matches()) {
                fields.addProblem(field + "." + i, item.asText(), "not a name this plugin forwards", "use " + form);
            } else if (names.stream().anyMatch(n -> caseInsensitive ? n.equalsIgnoreCase(name) : n.equals(name))) {
                fields.addProblem(field + "." + i, name, "listed twice", "keep one");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** The default API path: '/name', then one '{p}' segment per endpoint placeholder filled per request. */
    static String defaultPath(String name, Endpoint endpoint, SortedMap<String, String> endpointParameters) {
        StringBuilder path = new StringBuilder("/").append(name == null ? "integration" : name);
        if (endpoint != null) {
            endpoint.placeholders().stream().distinct().filter(p -> !endpointParameters.containsKey(p))
                    .forEach(p -> path.append("/{").append(p).append('}'));
        }
        return path.toString();
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
