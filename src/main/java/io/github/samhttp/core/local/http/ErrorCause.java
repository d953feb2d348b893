package io.github.samhttp.core.local.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code Cause} of the HTTP Task's {@code States.Http.StatusCode.<n>} error: undocumented, and observers report
 * three forms. The generated project treats it as opaque text (escaped, never parsed), so it answers the same for
 * all three; the tests run each.
 */
public enum ErrorCause {
    /** The status text: {@code Not Found}. */
    STATUS_TEXT,
    /** The third party's body as it came. */
    RAW_BODY,
    /** A JSON document of the answer: status code and text, headers, body (parsed when it is JSON). */
    JSON_DOCUMENT;

    private static final ObjectMapper JSON = new ObjectMapper();

    String cause(int status, String statusText, String body, Map<String, List<String>> headers) {
        switch (this) {
            case RAW_BODY:
                return body;
            case JSON_DOCUMENT:
                ObjectNode document = JSON.createObjectNode().put("StatusCode", status).put("StatusText", statusText);
                ObjectNode headerNode = document.putObject("Headers");
                headers.forEach((name, values) -> {
                    ArrayNode list = headerNode.putArray(name);
                    values.forEach(list::add);
                });
                try {
                    document.set("ResponseBody", body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
                } catch (IOException e) {
                    document.put("ResponseBody", body);
                }
                return document.toString();
            default:
                return statusText;
        }
    }
}
