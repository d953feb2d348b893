package io.github.samhttp.core.validate;

import io.github.samhttp.core.aws.ApiGatewayEdges;
import io.github.samhttp.core.model.Cors;
import io.github.samhttp.core.model.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which web pages may call the API from a browser, and what that rules out. */
final class CorsRules {

    private static final int MAX_PORT = 65_535;
    /** This machine: localhost, a name under it, an IPv4 loopback address. */
    private static final Pattern LOOPBACK = Pattern.compile("localhost|.+\\.localhost|127(\\.[0-9]{1,3}){3}");

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
        for (int i = 0; i < origins.size(); i++) {
            origin("cors.allowOrigins." + i, origins.get(i));
        }
        List<HttpMethod> methods = new ArrayList<>();
        for (String name : fields.distinct("cors.allowMethods", false)) {
            methods.add(HttpMethod.valueOf(name));
        }
        if (method == HttpMethod.OPTIONS) {
            fields.addProblem("method", "OPTIONS", "with 'cors', API Gateway answers OPTIONS on every path itself"
                    + " (the browsers' preflight), so this route could never be called", "use another method, or"
                    + " remove 'cors'");
        } else if (method != null && !methods.isEmpty() && !methods.contains(method)
                && !ApiGatewayEdges.SAFELISTED_METHODS.contains(method.name())) {
            fields.warn("cors.allowMethods", String.join(", ", methodNames(methods)), "preflight answers do not allow"
                    + " " + method + ", so pages cannot call " + method + " " + path, "add " + method + ", or remove"
                    + " 'allowMethods' to allow each path's own methods");
        }
        return new Cors(origins, fields.distinct("cors.allowHeaders", true), methods,
                fields.integer("cors.maxAgeSeconds", Cors.DEFAULT_MAX_AGE_SECONDS), credentials);
    }

    /**
     * An origin as browsers send it: the default port is left out (so an origin that writes it never matches), a
     * port is at most 65535; plain HTTP only for the machine itself.
     */
    private void origin(String field, String origin) {
        Matcher parts = Pattern.compile("(https?)://([^:]+)(?::([0-9]+))?").matcher(origin);
        if (!parts.matches()) {
            return;
        }
        String port = parts.group(3);
        if (port != null && (parts.group(1).equals("https") ? port.equals("443") : port.equals("80"))) {
            fields.addProblem(field, origin, "browsers leave the default port out of the Origin they send, so this"
                    + " origin would never match", "write '" + parts.group(1) + "://" + parts.group(2) + "'");
        } else if (port != null && Integer.parseInt(port) > MAX_PORT) {
            fields.addProblem(field, origin, "port " + port + " is above " + MAX_PORT, "write the port the page"
                    + " is served on");
        } else if (parts.group(1).equals("http") && !LOOPBACK.matcher(parts.group(2)).matches()) {
            fields.warn(field, origin, "a page served over plain HTTP can be altered by anyone on its network, who"
                    + " may then call the API as this origin", "allow its https:// origin instead");
        }
    }

    private static List<String> methodNames(List<HttpMethod> methods) {
        List<String> names = new ArrayList<>();
        methods.forEach(m -> names.add(m.name()));
        return names;
    }
}
