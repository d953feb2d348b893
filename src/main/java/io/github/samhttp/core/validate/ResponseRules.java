package io.github.samhttp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.samhttp.core.model.ResponseShaping;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What the API answers: the part of the third-party body, and the statuses for third-party errors. */
final class ResponseRules {

    private final FieldReader fields;

    ResponseRules(FieldReader fields) {
        this.fields = fields;
    }

    ResponseShaping response() {
        SortedMap<String, Integer> statuses = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : fields.entries("errorStatus")) {
            statuses.put(entry.getKey(), entry.getValue().intValue());
        }
        return new ResponseShaping(fields.text("responseBody", "$"), statuses);
    }
}
