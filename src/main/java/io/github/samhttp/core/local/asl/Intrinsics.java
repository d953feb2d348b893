package io.github.samhttp.core.local.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The intrinsic functions ({@code States.Format(...)} and friends) of payload templates. Supported: Format,
 * JsonToString, StringToJson, JsonMerge (shallow), Array, ArrayGetItem, ArrayLength, StringSplit, MathAdd,
 * Base64Encode, Base64Decode. Any other is a States.Runtime error naming it.
 */
final class Intrinsics {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Stand-ins for the escaped braces {@code \{ \}} of a string literal, so States.Format leaves them be. */
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final String text;
    private final JsonNode input;
    private final JsonNode context;
    private int pos;

    private Intrinsics(String text, JsonNode input, JsonNode context) {
        this.text = text;
        this.input = input;
        this.context = context;
    }

    static boolean isIntrinsic(String value) {
        return value.startsWith("States.");
    }

    static JsonNode evaluate(String expression, JsonNode input, JsonNode context) throws StatesError {
        Intrinsics parser = new Intrinsics(expression, input, context);
        JsonNode value = parser.call();
        parser.skipSpaces();
        if (parser.pos != expression.length()) {
            throw parser.error("unexpected text after the function");
        }
        return value;
    }

    private JsonNode call() throws StatesError {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        expect('(');
        List<JsonNode> args = new ArrayList<>();
        skipSpaces();
        if (peek() != ')') {
            do {
                skipSpaces();
                args.add(argument());
                skipSpaces();
            } while (accept(','));
        }
        expect(')');
        return apply(name, args);
    }

    private JsonNode argument() throws StatesError {
        char c = peek();
        if (c == '\'') {
            return NODES.textNode(string());
        }
        if (c == '$') {
            int start = pos;
            int depth = 0;
            while (pos < text.length()) {
                char d = text.charAt(pos);
                if (d == '[' || d == '(') {
                    depth++;
                } else if (d == ']' || d == ')') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if ((d == ',' || d == ' ') && depth == 0) {
                    break;
                }
                pos++;
            }
            String path = text.substring(start, pos);
            return path.startsWith("$$") ? Paths.read(context, path.substring(1)) : Paths.read(input, path);
        }
        if (text.startsWith("States.", pos)) {
            return call();
        }
        int start = pos;
        while (pos < text.length() && ",) ".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw error("'" + literal + "' is not a valid argument");
        }
    }

    private String string() throws StatesError {
        expect('\'');
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '\'') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
                c = c == '{' ? OPEN : c == '}' ? CLOSE : c;
            }
            out.append(c);
        }
        expect('\'');
        return out.toString();
    }

    private JsonNode apply(String name, List<JsonNode> args) throws StatesError {
        if (!name.equals("States.Format")) {
            args.replaceAll(Intrinsics::unmark);
        }
        try {
            switch (name) {
                case "States.Format":
                    return NODES.textNode(unmark(format(args)));
                case "States.JsonToString":
                    return NODES.textNode(JSON.writeValueAsString(args.get(0)));
                case "States.StringToJson":
                    return JSON.readTree(args.get(0).asText());
                case "States.JsonMerge":
                    if (!args.get(0).isObject() || !args.get(1).isObject() || !args.get(2).isBoolean()) {
                        throw error("takes two objects and a boolean");
                    }
                    if (args.get(2).asBoolean()) {
                        throw error("the deep merge is not supported by the local runtime");
                    }
                    // Shallow: the second object's fields replace the first's.
                    return ((ObjectNode) args.get(0).deepCopy()).setAll((ObjectNode) args.get(1));
                case "States.Array":
                    return NODES.arrayNode().addAll(args);
                case "States.ArrayGetItem":
                    JsonNode item = args.get(0).get(args.get(1).asInt());
                    if (item == null) {
                        throw error("index " + args.get(1) + " is out of the array's bounds");
                    }
                    return item;
                case "States.ArrayLength":
                    return NODES.numberNode(args.get(0).size());
                case "States.StringSplit":
                    ArrayNode parts = NODES.arrayNode();
                    // Each character of the second argument is a delimiter, as AWS documents.
                    for (String part : args.get(0).asText().split("[" + java.util.regex.Pattern.quote(
                            args.get(1).asText()) + "]")) {
                        parts.add(part);
                    }
                    return parts;
                case "States.MathAdd":
                    return NODES.numberNode(Math.round(args.get(0).asDouble()) + Math.round(args.get(1).asDouble()));
                case "States.Base64Encode":
                    return NODES.textNode(Base64.getEncoder().encodeToString(
                            args.get(0).asText().getBytes(StandardCharsets.UTF_8)));
                case "States.Base64Decode":
                    return NODES.textNode(new String(Base64.getDecoder().decode(args.get(0).asText()),
                            StandardCharsets.UTF_8));
                default:
                    throw error("the intrinsic function " + name + " is not supported by the local runtime");
            }
        } catch (JsonProcessingException | IndexOutOfBoundsException | NullPointerException
                | IllegalArgumentException e) {
            throw error(name + " failed: " + e.getMessage());
        }
    }

    private String format(List<JsonNode> args) throws StatesError {
        String template = args.get(0).asText();
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            if (template.startsWith("{}", i)) {
                if (next >= args.size()) {
                    throw error("more {} than arguments");
                }
                JsonNode arg = unmark(args.get(next++));
                out.append(arg.isValueNode() ? arg.asText() : arg.toString());
                i++;
            } else {
                out.append(template.charAt(i));
            }
        }
        if (next != args.size()) {
            throw error("more arguments than {}");
        }
        return out.toString();
    }

    private static String unmark(String text) {
        return text.replace(OPEN, '{').replace(CLOSE, '}');
    }

    private static JsonNode unmark(JsonNode node) {
        return node.isTextual() ? NODES.textNode(unmark(node.asText())) : node;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws StatesError {
        if (!accept(c)) {
            throw error("expected '" + c + "' at position " + pos);
        }
    }

    private StatesError error(String message) {
        return new StatesError(StatesError.RUNTIME, "Intrinsic " + text + ": " + message);
    }
}
