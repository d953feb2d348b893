package io.github.samhttp.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * JSON trees to and from Jackson's streaming parser and generators, without an ObjectMapper: starting one (or
 * calling {@link JsonNode#toString()}, which starts one inside Jackson) costs a cold build more than generating the
 * whole project. Numbers stay exact: decimals as written, integers by size.
 */
public final class JsonTrees {

    /** Only when a tree is parsed or printed: a factory costs a cold build its parsers (see Serializers). */
    private static final class Factory {
        static final JsonFactory JSON = new JsonFactory();
    }

    private JsonTrees() {
    }

    /** The tree as compact JSON text. */
    public static String compact(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Factory.JSON.createGenerator(out)) {
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** JSON text as a tree of {@code nodes}. */
    public static JsonNode parse(String json, JsonNodeFactory nodes) throws IOException {
        try (JsonParser parser = Factory.JSON.createParser(json)) {
            return read(parser, parser.nextToken(), nodes);
        }
    }

    /** Writes a tree as the tree would write itself through a mapper: the same generator calls, in order. */
    public static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                out.writeStartObject(node);
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
                break;
            case ARRAY:
                out.writeStartArray(node, node.size());
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.writeEndArray();
                break;
            case STRING:
                out.writeString(node.textValue());
                break;
            case NUMBER:
                number(out, node);
                break;
            case BOOLEAN:
                out.writeBoolean(node.booleanValue());
                break;
            case NULL:
                out.writeNull();
                break;
            default:
                throw new IllegalArgumentException("a JSON tree holds a " + node.getNodeType() + " node");
        }
    }

    private static void number(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT:
                out.writeNumber(node.intValue());
                break;
            case LONG:
                out.writeNumber(node.longValue());
                break;
            case BIG_INTEGER:
                out.writeNumber(node.bigIntegerValue());
                break;
            case FLOAT:
                out.writeNumber(node.floatValue());
                break;
            case DOUBLE:
                out.writeNumber(node.doubleValue());
                break;
            default:
                out.writeNumber(node.decimalValue());
        }
    }

    private static JsonNode read(JsonParser parser, JsonToken token, JsonNodeFactory nodes) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = nodes.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, read(parser, parser.nextToken(), nodes));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(read(parser, next, nodes));
                }
                return array;
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return nodes.numberNode(parser.getIntValue());
                    case LONG:
                        return nodes.numberNode(parser.getLongValue());
                    default:
                        return nodes.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IOException("unexpected " + token);
        }
    }
}
