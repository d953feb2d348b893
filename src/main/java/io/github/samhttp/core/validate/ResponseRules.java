package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.ResponseShaping;
import io.github.samhttp.core.read.Descriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What the API answers: the part of the third-party body, and the statuses for third-party errors. */
final class ResponseRules {

    private static final Pattern RESPONSE_PATH = Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]{1,4}])*");
    private static final Pattern ERROR_KEY = Pattern.compile("[45][0-9]{2}|" + ResponseShaping.TIMEOUT);

    private final FieldReader fields;

    ResponseRules(FieldReader fields) {
        this.fields = fields;
    }

    ResponseShaping response() {
        return new ResponseShaping(fields.pattern("responseBody", RESPONSE_PATH, 256, "$",
                "write '$' for the whole body or a path such as '$.data' or '$.items[0].id'"), errorStatus());
    }

    /** API statuses for third-party error statuses and for a timeout. */
    private SortedMap<String, Integer> errorStatus() {
        SortedMap<String, Integer> statuses = new TreeMap<>();
        JsonNode node = fields.at("errorStatus");
        if (node.isMissingNode()) {
            return statuses;
        }
        if (!node.isObject()) {
            fields.addProblem("errorStatus", node.toString(), "must be a mapping of third-party statuses to API"
                    + " statuses", "write 'errorStatus:' then indented lines such as '\"402\": 400' or 'timeout: 503'");
            return statuses;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = Descriptor.child("errorStatus", entry.getKey());
            JsonNode value = entry.getValue();
            if (!ERROR_KEY.matcher(entry.getKey()).matches()) {
                fields.addKeyProblem(field, entry.getKey(), "not a third-party error status (400 to 599) or"
                        + " 'timeout'", "write a status such as \"404\" (quoted) or 'timeout'");
            } else if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 400
                    || value.intValue() > 599) {
                fields.addProblem(field, value.isTextual() ? value.asText() : value.toString(),
                        "the API status must be a whole number from 400 to 599 (an error stays an error)",
                        "write e.g. '" + (entry.getKey().equals(ResponseShaping.TIMEOUT) ? "timeout"
                                : "\"" + entry.getKey() + "\"") + ": 503'");
            } else {
                statuses.put(entry.getKey(), value.intValue());
            }
        }
        return statuses;
    }
}
