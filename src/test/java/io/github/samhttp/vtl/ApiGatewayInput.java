package io.github.samhttp.vtl;

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

    /** API Gateway replaces an empty body by {@code {}}. */
    public ApiGatewayInput(String body) {
        this.body = body == null || body.isEmpty() ? "{}" : body;
        this.document = PATHS.jsonProvider().parse(this.body);
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

    public Map<String, Object> params() {
        return Map.of("path", Map.of(), "querystring", Map.of(), "header", Map.of());
    }
}
