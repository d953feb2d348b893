package io.github.samhttp.core.local.apigateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** API Gateway's {@code $util}, with its documented semantics. */
public final class ApiGatewayUtil {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * As API Gateway does it (Apache Commons Lang's escapeJavaScript): backslash, both quotes and '/' get a
     * backslash, control characters their short or {@code \\uXXXX} escape, and every non-ASCII UTF-16 unit a
     * {@code \\uXXXX} escape. The {@code \\'} it produces is not valid JSON.
     */
    public String escapeJavaScript(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'': out.append("\\'"); break;
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '/': out.append("\\/"); break;
                case '\b': out.append("\\b"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\f': out.append("\\f"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    /** JSON text to Java objects: maps, lists, strings, numbers, booleans. */
    public Object parseJson(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String urlEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public String urlDecode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    public String base64Encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public String base64Decode(String text) {
        return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
    }
}
