package io.github.samhttp.core.local.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The HTTP Task's {@code URL_ENCODED} body, as AWS documents it: nested objects as {@code parent[child]=value},
 * arrays per {@code ArrayFormat} (INDICES {@code a[0]=x}, REPEAT {@code a=x&a=y}, COMMAS {@code a=x,y},
 * BRACKETS {@code a[]=x}), keys and values percent-encoded with {@code %20} for a space.
 */
public final class FormEncoder {

    private FormEncoder() {
    }

    public static String encode(JsonNode body, String arrayFormat) {
        List<String> pairs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            add(pairs, field.getKey(), field.getValue(), arrayFormat);
        }
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String key, JsonNode value, String arrayFormat) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                add(pairs, key + "[" + field.getKey() + "]", field.getValue(), arrayFormat);
            }
        } else if (value.isArray()) {
            switch (arrayFormat) {
                case "REPEAT":
                    value.forEach(item -> add(pairs, key, item, arrayFormat));
                    break;
                case "COMMAS":
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(encode(scalar(item))));
                    pairs.add(encode(key) + "=" + String.join(",", items));
                    break;
                case "BRACKETS":
                    value.forEach(item -> add(pairs, key + "[]", item, arrayFormat));
                    break;
                default:
                    for (int i = 0; i < value.size(); i++) {
                        add(pairs, key + "[" + i + "]", value.get(i), arrayFormat);
                    }
            }
        } else {
            pairs.add(encode(key) + "=" + encode(scalar(value)));
        }
    }

    private static String scalar(JsonNode value) {
        return value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
