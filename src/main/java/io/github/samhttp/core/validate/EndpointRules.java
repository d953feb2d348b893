package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.Endpoint;
import io.github.samhttp.core.model.RequestShaping;
import io.github.samhttp.core.read.Descriptor;
import io.github.samhttp.core.shape.DescriptorShape;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** The third-party URL (and any other https:// URL the descriptor holds), and its deploy-time placeholders. */
final class EndpointRules {

    private static final java.util.regex.Pattern DOT_SEGMENT = java.util.regex.Pattern.compile("(?i)(\\.|%2e){1,2}");

    private final FieldReader fields;

    EndpointRules(FieldReader fields) {
        this.fields = fields;
    }

    Endpoint endpoint() {
        String what = "the full HTTPS URL of the third-party API, e.g. "
                + "'https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json', with {name} for a part that"
                + " comes from the API path or from 'endpointParameters'";
        String text = fields.text("endpoint");
        if (text == null) {
            return null;
        }
        Matcher placeholders = Endpoint.PLACEHOLDER.matcher(text);
        String plain = placeholders.replaceAll("p");
        if (plain.indexOf('{') >= 0 || plain.indexOf('}') >= 0) {
            fields.addProblem("endpoint", text, "a '{' or '}' that is not a placeholder such as {userId}",
                    "write placeholders as {name} (letters, digits and _), or percent-encode the brace (%7B, %7D)");
            return null;
        }
        URI uri = url("endpoint", text, plain, what, false);
        if (uri == null) {
            return null;
        }
        int pathStart = text.indexOf('/', "https://".length());
        placeholders.reset();
        if (placeholders.find() && (pathStart < 0 || placeholders.start() < pathStart)) {
            fields.addProblem("endpoint", text, "a placeholder in the host: IAM scopes the call by its host",
                    "use placeholders only in the path, after the host");
            return null;
        }
        return Endpoint.of(text, uri.getHost());
    }

    /**
     * The OAuth token URL: https://, a host, no fragment or user info; a query string is allowed (EventBridge's own
     * pattern takes one), though {@code tokenParameters.query} says the same more plainly.
     */
    URI tokenUrl(String field) {
        String text = fields.text(field);
        return text == null ? null : url(field, text, text, "the OAuth token URL, e.g."
                + " 'https://auth.example.com/oauth/token'", true);
    }

    /**
     * An https:// URL with a host and no fragment, user info or '*', and a query string only where
     * {@code queryAllowed}; {@code plain} is the text with its placeholders replaced.
     */
    private URI url(String field, String text, String plain, String what, boolean queryAllowed) {
        String fixUrl = "write " + what;
        if (text.contains(" ") || !FieldReader.printableAscii(text)) {
            fields.addProblem(field, text, "the URL has spaces, control or non-ASCII characters",
                    "percent-encode them (a space is %20)");
            return null;
        }
        URI uri;
        try {
            uri = new URI(plain);
        } catch (URISyntaxException e) {
            fields.addProblem(field, text, "not a valid URL (" + e.getReason() + ")", fixUrl);
            return null;
        }
        if (!"https".equals(uri.getScheme())) {
            fields.addProblem(field, text, "only https:// endpoints are allowed (credentials must not travel in clear)",
                    "use the https:// URL of the API");
        } else if (uri.getRawUserInfo() != null) {
            fields.addProblem(field, text.replace(uri.getRawUserInfo() + "@", "****@"), "the URL has a user name or"
                    + " password in it", fixUrl + "; credentials belong in 'auth'");
        } else if (uri.getHost() == null) {
            fields.addProblem(field, text, "the URL needs a host name", fixUrl);
        } else if (uri.getRawPath() != null && dotSegment(uri.getRawPath())) {
            fields.addProblem(field, text, "a '.' or '..' segment in the path: HTTP clients resolve it away, so the"
                    + " call and its IAM condition would not name the same URL", "write the path without it");
        } else if (uri.getPort() == 0 || uri.getPort() > 65535) {
            fields.addProblem(field, text, "the port " + uri.getPort() + " is not between 1 and 65535",
                    "write the port the API listens on, or leave it out for 443");
        } else if (uri.getRawFragment() != null) {
            fields.addProblem(field, text, "the URL has a fragment ('#'), which is never sent",
                    "remove everything from '#' on");
        } else if (uri.getRawQuery() != null && !queryAllowed) {
            fields.addProblem(field, text, "the URL has a query string", "remove everything from '?' on and"
                    + " write the parameters under 'query:' (static) or 'forwardQuery:' (from the request)");
        } else if (text.indexOf('*') >= 0) {
            fields.addProblem(field, text, "'*' would act as a wildcard in the IAM condition that scopes the endpoint",
                    "percent-encode it as %2A");
        } else if (text.length() > 2048) {
            fields.addProblem(field, text, "the URL is longer than 2048 characters", fixUrl);
        } else {
            return uri;
        }
        return null;
    }

    /** Endpoint placeholders filled at deploy time from SSM, through template parameters. */
    SortedMap<String, String> endpointParameters() {
        SortedMap<String, String> parameters = new TreeMap<>();
        String endpoint = fields.at("endpoint").asText("");
        for (Map.Entry<String, JsonNode> entry : fields.entries("endpointParameters")) {
            String name = entry.getKey();
            String field = Descriptor.child("endpointParameters", name);
            if (name.equals(RequestShaping.CONNECTION_ARN_SUBSTITUTION)) {
                fields.addKeyProblem(field, name, "the name is taken by the generated template",
                        "use another name, e.g. 'AccountSid'");
                continue;
            }
            if (!endpoint.contains("{" + name + "}")) {
                fields.addKeyProblem(field, name, "the endpoint has no {" + name + "} placeholder",
                        "write {" + name + "} where the value goes in 'endpoint', or remove this line");
                continue;
            }
            String value = entry.getValue().asText();
            Matcher ssm = Credentials.SSM.matcher(value);
            if (!ssm.matches() || ssm.group(2) != null) {
                fields.addProblem(field, value, "not an SSM parameter reference (the value is read at deploy time as a"
                        + " plain String parameter; secrets do not belong in a URL)",
                        "write ssm:/parameter-name (without a version)");
                continue;
            }
            parameters.put(name, ssm.group(1));
        }
        return parameters;
    }

    /** The default name: the host's second-level label, e.g. 'twilio' for api.twilio.com. */
    static String defaultName(Endpoint endpoint) {
        String[] labels = endpoint.host().toLowerCase(Locale.ROOT).split("\\.");
        String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        String name = label.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "api-" + name;
        }
        name = name.length() > DescriptorShape.NAME_MAX ? name.substring(0, DescriptorShape.NAME_MAX) : name;
        return DescriptorShape.NAME.matcher(name).matches() ? name : "integration";
    }

    private static boolean dotSegment(String path) {
        for (String segment : path.split("/")) {
            if (DOT_SEGMENT.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }
}
