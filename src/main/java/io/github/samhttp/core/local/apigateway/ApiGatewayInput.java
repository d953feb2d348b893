package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.io.UncheckedIOException;
import java.util.Map;

/** API Gateway's {@code $input} over one payload (the request body, or an integration response body). */
public final class ApiGatewayInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonProvider(JSON))
            .mappingProvider(new JacksonMappingProvider(JSON))
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();

    private final String body;
    private final Object document;
    private final Map<String, Map<String, String>> params;

    /** A payload without request parameters (an integration response). */
    public ApiGatewayInput(String body) {
        this(body, Map.of(), Map.of(), Map.of());
    }

    /** API Gateway replaces an empty body by {@code {}}. A body that is not JSON fails as it does there. */
    public ApiGatewayInput(String body, Map<String, String> path, Map<String, String> querystring,
            Map<String, String> header) {
        this.body = body == null || body.isEmpty() ? "{}" : body;
        this.document = PATHS.jsonProvider().parse(this.body);
        this.params = Map.of("path", Map.copyOf(path), "querystring", Map.copyOf(querystring),
                "header", Map.copyOf(header));
    }

    public String getBody() {
        return body;
    }

    /** The value at a JSONPath as Java objects (maps, lists, strings, numbers). */
    public Object path(String path) {
        return JsonPath.using(PATHS).parse(document).read(path);
    }

    /** The value at a JSONPath as JSON text. */
    public String json(String path) {
        try {
            return JSON.writeValueAsString(path(path));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Map<String, String>> params() {
        return params;
    }

    /** A request parameter by name, searched in path, query string, then headers, as API Gateway does. */
    public String params(String name) {
        for (String kind : new String[] {"path", "querystring", "header"}) {
            String value = params.get(kind).get(name);
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
