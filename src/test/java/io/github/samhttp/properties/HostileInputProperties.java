package io.github.samhttp.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.samhttp.core.Generator;
import io.github.samhttp.core.TestProjects;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.model.Service;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile text in every place the declaration gives text, keys included (see {@link FreeTextPositions}): it is
 * refused with a message naming that place, never an exception; text that is accepted never changes the structure
 * of any generated document.
 */
class HostileInputProperties {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();
    @Provide
    Arbitrary<Map<String, Object>> descriptors() {
        return Descriptors.valid();
    }

    @Provide
    Arbitrary<FreeTextPositions.Position> positions() {
        return Arbitraries.of(FreeTextPositions.all());
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(Descriptors.hostileText(), Descriptors.freeText().map(t -> t + "\u00e9\u65e5"),
                Descriptors.freeText().list().ofMinSize(40).ofMaxSize(60).map(l -> String.join("", l)));
    }

    /** The positions come from the declaration: every mapping's keys, every text value, at any depth. */
    @Example
    void everyPlaceTheDeclarationGivesTextIsAPosition() {
        List<String> positions = FreeTextPositions.all().stream().map(Object::toString).toList();
        assertThat(positions).contains("endpoint", "key of headers", "headers.X-Sample", "key of query",
                "key of tags", "tags.team", "key of endpointParameters", "key of errorStatus", "auth.username",
                "key of auth.parameters.body", "auth.parameters.headers.X-Sample", "key of auth.tokenParameters.query",
                "auth.scopes.0", "auth.tokenEndpoint", "forwardHeaders.0", "forwardQuery.0", "key of trigger.pattern",
                "trigger.pattern.k.0", "key of trigger.input", "trigger.timezone", "trigger.expression",
                "key of requestSchema.properties", "requestSchema.properties.p.enum.0", "requestSchema.description",
                "requestBody", "responseBody", "path", "stage", "name");
        assertThat(positions).hasSizeGreaterThan(50);
    }

    /**
     * Hostile text in any place the declaration gives text, keys included: refused with a message naming that place
     * when it holds a reference opener, never an exception; when accepted, every generated document has the
     * structure it has with a plain word there instead.
     */
    @Property(tries = 1000)
    void hostileTextAnywhereIsRefusedThereOrChangesNoStructure(@ForAll("positions") FreeTextPositions.Position position,
            @ForAll("hostile") String hostile) throws Exception {
        String text = hostile + "~" + Integer.toHexString(hostile.hashCode());
        List<Problem> problems = new ArrayList<>();
        Service service = TestProjects.service("integration.yaml", Descriptors.yaml(FreeTextPositions.inject(position,
                text)).getBytes(StandardCharsets.UTF_8), problems, new ArrayList<>());

        for (Problem problem : problems) {
            assertThat(problem.render("integration.yaml")).matches("(?s)integration\\.yaml:\\d+:\\d+: .*Fix: .*");
        }
        if (text.contains("{{") || text.contains("${")) {
            assertThat(problems).as("refused: %s = %s", position, text).isNotEmpty();
            assertThat(problems).anySatisfy(p -> assertThat(p.field()).startsWith(position.path()));
        }
        if (!problems.isEmpty()) {
            return;
        }
        String word = "benign0";
        List<Problem> plainProblems = new ArrayList<>();
        Service plain = TestProjects.service("integration.yaml", Descriptors.yaml(FreeTextPositions.inject(position,
                word)).getBytes(StandardCharsets.UTF_8), plainProblems, new ArrayList<>());
        Map<String, byte[]> nasty = TestProjects.files(service);
        Map<String, byte[]> reference = plainProblems.isEmpty() ? TestProjects.files(plain) : null;
        for (Map.Entry<String, byte[]> file : nasty.entrySet()) {
            if (file.getKey().endsWith(".toml")) {
                continue;
            }
            JsonNode tree = file.getKey().endsWith(".json") ? JSON.readTree(file.getValue())
                    : YAML.readTree(file.getValue());
            if (reference != null) {
                JsonNode expected = file.getKey().endsWith(".json") ? JSON.readTree(reference.get(file.getKey()))
                        : YAML.readTree(reference.get(file.getKey()));
                assertThat(replaced(tree, text, word)).as("%s with %s = %s", file.getKey(), position, text)
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * The tree with every occurrence of {@code text}, in keys and values, replaced by {@code word}: as it is, and as
     * it stands escaped in a JSON document carried in a string (a schedule's input).
     */
    static JsonNode replaced(JsonNode node, String text, String word) {
        if (node.isTextual()) {
            return TextNode.valueOf(replace(node.asText(), text, word));
        }
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> out.set(replace(f.getKey(), text, word),
                    replaced(f.getValue(), text, word)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(item -> out.add(replaced(item, text, word)));
            return out;
        }
        return node;
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

    private static String replace(String in, String text, String word) {
        String escaped = TextNode.valueOf(text).toString();
        return in.replace(escaped.substring(1, escaped.length() - 1), word).replace(text, word);
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
