package io.github.samhttp.core.local.apigateway;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * Renders a mapping template as API Gateway does: Apache Velocity, configured like the 1.7 line API Gateway
 * runs, with {@code $input}, {@code $util} and {@code $context} (including {@code responseOverride}).
 */
public final class MappingTemplateRenderer {

    /**
     * The output, and what a response template set through {@code $context.responseOverride}: the status, the
     * headers (by name as written, in name order).
     */
    public record Rendered(String body, Object status, Map<String, String> headers) {
        public Rendered {
            headers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(headers));
        }
    }

    private static final VelocityEngine ENGINE = engine();

    private MappingTemplateRenderer() {
    }

    public static Rendered render(String template, String payload) {
        return render(template, new ApiGatewayInput(payload), Map.of());
    }

    /** Renders with {@code $context} holding {@code values} besides requestId and responseOverride. */
    public static Rendered render(String template, ApiGatewayInput input, Map<String, Object> values) {
        Map<String, Object> override = new HashMap<>();
        Map<String, Object> headers = new HashMap<>();
        override.put("header", headers);
        Map<String, Object> context = new LinkedHashMap<>(values);
        context.put("requestId", "00000000-0000-0000-0000-000000000000");
        context.put("responseOverride", override);
        VelocityContext velocity = new VelocityContext();
        velocity.put("input", input);
        velocity.put("util", new ApiGatewayUtil());
        velocity.put("context", context);
        StringWriter out = new StringWriter();
        if (!ENGINE.evaluate(velocity, out, "mapping-template", template)) {
            throw new IllegalStateException("Velocity could not render the template");
        }
        Map<String, String> headerValues = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerValues.put(name, String.valueOf(value)));
        return new Rendered(out.toString(), override.get("status"), headerValues);
    }

    private static VelocityEngine engine() {
        Properties properties = new Properties();
        // Velocity 1.7 behaviour, as API Gateway runs it.
        properties.setProperty("parser.space_gobbling", "bc");
        properties.setProperty("directive.if.empty_check", "false");
        properties.setProperty("introspector.conversion_handler.class", "none");
        properties.setProperty("runtime.strict_mode.enable", "false");
        // Velocity 1.7 reads '-' in a name: $context.responseOverride.header.Access-Control-Allow-Origin.
        properties.setProperty("parser.allow_hyphen_in_identifiers", "true");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return engine;
    }
}
