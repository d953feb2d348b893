package io.github.samhttp.core.validate;

import io.github.samhttp.core.aws.ApiGatewayEdges;
import io.github.samhttp.core.model.Cors;
import io.github.samhttp.core.model.HttpMethod;
import java.util.ArrayList;
import java.util.List;

/** Which web pages may call the API from a browser, and what that rules out. */
final class CorsRules {

    private final FieldReader fields;

    CorsRules(FieldReader fields) {
        this.fields = fields;
    }

    /** The API's CORS settings, or null without {@code cors}; {@code method} is the route's (OPTIONS is taken). */
    Cors cors(HttpMethod method, String path) {
        if (!fields.has("cors")) {
            return null;
        }
        List<String> origins = fields.distinct("cors.allowOrigins", false);
        boolean credentials = fields.bool("cors.allowCredentials", false);
        int any = origins.indexOf(ApiGatewayEdges.ANY_ORIGIN);
        if (any >= 0 && origins.size() > 1) {
            fields.addProblem("cors.allowOrigins." + any, ApiGatewayEdges.ANY_ORIGIN, "'*' already allows every"
                    + " origin, so the others listed mean nothing", "keep '*' alone, or list only the origins that"
                    + " may call");
        } else if (any >= 0 && credentials) {
            fields.addProblem("cors.allowCredentials", "true", "browsers never send credentials to an API that allows"
                    + " any origin ('*'), and an API that did would let every web page act as its signed-in users",
                    "list the origins that may send credentials in 'allowOrigins', or remove 'allowCredentials'");
        }
        for (String origin : origins) {
            if (origin.startsWith("http://") && !loopback(origin)) {
                fields.warn("cors.allowOrigins." + origins.indexOf(origin), origin, "a page served over plain HTTP"
                        + " can be altered by anyone on its network, who may then call the API as this origin",
                        "allow its https:// origin instead");
            }
        }
        List<HttpMethod> methods = new ArrayList<>();
        for (String name : fields.distinct("cors.allowMethods", false)) {
            methods.add(HttpMethod.valueOf(name));
        }
        if (method == HttpMethod.OPTIONS) {
            fields.addProblem("method", "OPTIONS", "with 'cors', API Gateway answers OPTIONS on every path itself"
                    + " (the browsers' preflight), so this route could never be called", "use another method, or"
                    + " remove 'cors'");
        } else if (method != null && !methods.isEmpty() && !methods.contains(method)) {
            fields.warn("cors.allowMethods", String.join(", ", methodNames(methods)), "preflight answers do not allow"
                    + " " + method + ", so pages cannot call " + method + " " + path, "add " + method + ", or remove"
                    + " 'allowMethods' to allow each path's own methods");
        }
        return new Cors(origins, fields.distinct("cors.allowHeaders", true), methods,
                fields.integer("cors.maxAgeSeconds", Cors.DEFAULT_MAX_AGE_SECONDS), credentials);
    }

    private static boolean loopback(String origin) {
        String host = origin.substring("http://".length()).replaceFirst(":[0-9]+$", "");
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.");
    }

    private static List<String> methodNames(List<HttpMethod> methods) {
        List<String> names = new ArrayList<>();
        methods.forEach(m -> names.add(m.name()));
        return names;
    }
}
