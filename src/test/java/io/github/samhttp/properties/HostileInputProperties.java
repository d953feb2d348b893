package io.github.samhttp.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.Generator;
import io.github.samhttp.core.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text in every field that takes text: it is refused with a message naming that field, never an
 * exception; text that is accepted never changes the structure of any generated document.
 */
class HostileInputProperties {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();
    static final List<String> TEXT_FIELDS = List.of("endpoint", "name", "stage", "path", "requestBody",
            "auth.username", "auth.header", "headers.X-Injected", "method", "encoding", "apiAuth", "auth.type",
            "query.injected", "endpointParameters.Injected");

    @Provide
    Arbitrary<Map<String, Object>> descriptors() {
        return Descriptors.valid();
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(TEXT_FIELDS);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(Descriptors.hostileText(), Descriptors.freeText().map(t -> t + "\u00e9\u65e5"),
                Descriptors.freeText().list().ofMinSize(40).ofMaxSize(60).map(l -> String.join("", l)));
    }

    @Property(tries = 1000)
    void hostileTextIsRefusedWithItsFieldAndNeverThrows(@ForAll("descriptors") Map<String, Object> descriptor,
            @ForAll("fields") String field, @ForAll("hostile") String text) {
        Map<String, Object> bad = inject(descriptor, field, text);
        List<Problem> problems = new ArrayList<>();
        Generator.model("integration.yaml", Descriptors.yaml(bad).getBytes(StandardCharsets.UTF_8), problems,
                new ArrayList<>());

        boolean query = field.startsWith("query.");
        boolean freeText = field.startsWith("auth.username") || field.startsWith("headers.") || query;
        boolean mustFail = Descriptors.FORBIDDEN.stream().anyMatch(text::contains) || !freeText
                || field.startsWith("headers.") && !Descriptors.printableAscii(text)
                || text.length() > (query ? 1024 : 512);
        if (mustFail) {
            assertThat(problems).as("refused: " + field + " = " + text).isNotEmpty();
            assertThat(problems).anySatisfy(p -> assertThat(p.field()).startsWith(field));
        }
        for (Problem problem : problems) {
            assertThat(problem.render("integration.yaml")).matches("(?s)integration\\.yaml:\\d+:\\d+: .*Fix: .*");
        }
    }

    @Property(tries = 1000)
    void acceptedFreeTextNeverChangesTheStructureOfAnyDocument(@ForAll("descriptors") Map<String, Object> descriptor)
            throws Exception {
        Map<String, String> benign = new LinkedHashMap<>();
        Map<String, Object> marked = replaceFreeText(descriptor, null);
        Map<String, Object> plain = replaceFreeText(marked, benign);
        Map<String, byte[]> nasty = GenerationProperties.generate(Descriptors.yaml(marked));
        Map<String, byte[]> reference = GenerationProperties.generate(Descriptors.yaml(plain));

        for (Map.Entry<String, byte[]> file : nasty.entrySet()) {
            if (file.getKey().endsWith(".toml")) {
                continue;
            }
            JsonNode tree = file.getKey().endsWith(".json") ? JSON.readTree(file.getValue())
                    : YAML.readTree(file.getValue());
            JsonNode expected = file.getKey().endsWith(".json") ? JSON.readTree(reference.get(file.getKey()))
                    : YAML.readTree(reference.get(file.getKey()));
            assertThat(substitute(tree, benign)).as(file.getKey()).isEqualTo(expected);
        }
    }

    /**
     * The descriptor with each header value, query value and literal username replaced by a unique plain word; with
     * {@code benign} null, instead marked with a unique suffix so that no other generated text equals it.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> replaceFreeText(Map<String, Object> descriptor, Map<String, String> benign) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(descriptor);
        Map<String, Object> headers = (Map<String, Object>) copy.get("headers");
        if (headers != null) {
            headers.replaceAll((name, value) -> word(value.toString(), benign));
        }
        Map<String, Object> query = (Map<String, Object>) copy.get("query");
        if (query != null) {
            query.replaceAll((name, value) -> word(value.toString(), benign));
        }
        Map<String, Object> auth = (Map<String, Object>) copy.get("auth");
        Object user = auth.get("username");
        if (user != null && !user.toString().startsWith("ssm:") && !user.toString().startsWith("secretsmanager:")) {
            auth.put("username", word(user.toString(), benign));
        }
        return copy;
    }

    private static String word(String value, Map<String, String> benign) {
        if (benign == null) {
            return value + "~free-text~" + Integer.toHexString(value.hashCode());
        }
        return benign.computeIfAbsent(value, v -> "benign" + benign.size());
    }

    /** The tree with each nasty text value replaced by its plain word. */
    static JsonNode substitute(JsonNode node, Map<String, String> benign) {
        if (node.isTextual()) {
            String word = benign.get(node.asText());
            return word != null ? TextNode.valueOf(word) : node;
        }
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(field.getKey(), substitute(field.getValue(), benign));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(item -> out.add(substitute(item, benign)));
            return out;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inject(Map<String, Object> descriptor, String field, String text) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(descriptor);
        String[] parts = field.split("\\.");
        Map<String, Object> target = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
        }
        if (field.equals("requestBody")) {
            copy.put("method", "POST");
        }
        if (field.startsWith("auth.") && !field.equals("auth.type")) {
            target.clear();
            target.putAll(field.equals("auth.header")
                    ? Descriptors.map("type", "API_KEY", "value", "ssm:/k")
                    : Descriptors.map("type", "BASIC", "password", "ssm:/p"));
        }
        target.put(parts[parts.length - 1], text);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        return value;
    }
}
