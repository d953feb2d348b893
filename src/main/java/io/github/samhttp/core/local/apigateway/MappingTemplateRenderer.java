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

    /** A Velocity engine: renders the template with these top-level variables ($input, $util, $context). */
    @FunctionalInterface
    public interface Engine {
        String render(String template, Map<String, Object> variables);
    }

    private static final VelocityEngine ENGINE = engine();
    /** The runtime's engine: Velocity 2, configured as the 1.7 line. */
    public static final Engine VELOCITY = (template, variables) -> {
        StringWriter out = new StringWriter();
        if (!ENGINE.evaluate(new VelocityContext(new HashMap<>(variables)), out, "mapping-template", template)) {
            throw new IllegalStateException("Velocity could not render the template");
        }
        return out.toString();
    };

    private MappingTemplateRenderer() {
    }

    public static Rendered render(String template, String payload) {
        return render(template, new ApiGatewayInput(payload), Map.of());
    }

    /** Renders with {@code $context} holding {@code values} besides requestId and responseOverride. */
    public static Rendered render(String template, ApiGatewayInput input, Map<String, Object> values) {
        return render(template, input, values, VELOCITY);
    }

    /** The same, with another engine (a test compares Velocity 1.7's answer). */
    public static Rendered render(String template, ApiGatewayInput input, Map<String, Object> values, Engine engine) {
        Map<String, Object> override = new HashMap<>();
        Map<String, Object> headers = new HashMap<>();
        override.put("header", headers);
        Map<String, Object> context = new LinkedHashMap<>(values);
        context.put("requestId", "00000000-0000-0000-0000-000000000000");
        context.put("responseOverride", override);
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("util", new ApiGatewayUtil());
        variables.put("context", context);
        String body = engine.render(template, variables);
        Map<String, String> headerValues = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerValues.put(name, String.valueOf(value)));
        return new Rendered(body, override.get("status"), headerValues);
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
