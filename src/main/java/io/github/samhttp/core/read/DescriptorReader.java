package io.github.samhttp.core.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.Setting;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads descriptor bytes into a tree, remembering the line and column of every key and value so that later
 * stages can point at them. Rejects what YAML allows but a descriptor never needs: duplicate keys, anchors and
 * aliases, non-UTF-8 text, binary content and oversized files.
 */
public final class DescriptorReader {

    /** A descriptor is a few lines; anything this large is a mistake (or an attack). */
    public static final int MAX_BYTES = 1024 * 1024;

    /**
     * YAML 1.2 scalars: only {@code true} and {@code false} are booleans ({@code NO}, a country code, stays text),
     * and {@code ""} is empty text, not null.
     */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .disable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    /** Deeper than any descriptor needs; the limit keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = 32;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> keys = new HashMap<>();
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();

    private DescriptorReader(String file) {
        this.file = file;
    }

    /**
     * Parses {@code bytes}. Problems found go into {@code problems}; the result is {@code null} when the file
     * cannot be read as a YAML mapping at all.
     */
    public static Descriptor read(String file, byte[] bytes, List<Problem> problems) {
        DescriptorReader reader = new DescriptorReader(file);
        Descriptor descriptor = reader.parse(bytes);
        problems.addAll(reader.problems);
        return descriptor;
    }

    private Descriptor parse(byte[] bytes) {
        String text = decode(bytes);
        if (text == null) {
            return null;
        }
        try (YAMLParser parser = (YAMLParser) YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(new Problem(1, 1, "", null, "the descriptor is empty",
                        "write at least 'endpoint', 'method' and 'auth' (see the README's descriptor reference)"));
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                Location at = location(parser.currentTokenLocation());
                problems.add(new Problem(at.line(), at.column(), "", parser.getText(),
                        "the descriptor must be a YAML mapping of keys to values",
                        "start the file with 'endpoint: https://...' on its own line"));
                return null;
            }
            ObjectNode root = (ObjectNode) readValue(parser, "", 0);
            if (parser.nextToken() != null) {
                Location at = location(parser.currentTokenLocation());
                problems.add(new Problem(at.line(), at.column(), "", null,
                        "the file holds more than one YAML document", "remove everything after the first '---'"));
            }
            return new Descriptor(file, root, Map.copyOf(keys), Map.copyOf(values), Map.copyOf(scalars));
        } catch (Refused e) {
            return null;
        } catch (StreamReadException e) {
            problems.add(syntaxError(e));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(0, 0, "", null, "the file cannot be parsed: " + e.getMessage(),
                    "check that it is a YAML text file"));
            return null;
        }
    }

    private String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.add(tooLarge(bytes.length));
            return null;
        }
        String wide = Encodings.wideEncoding(bytes);
        if (wide != null) {
            problems.add(new Problem(1, 1, "", null, "the file is " + wide + " text; descriptors are read as UTF-8",
                    "save it as UTF-8 (in most editors: File > Save with Encoding > UTF-8)"));
            return null;
        }
        for (byte b : bytes) {
            if (b == 0) {
                problems.add(new Problem(1, 1, "", null, "the file is binary, not YAML text",
                        "point " + Setting.DESCRIPTOR.mention() + " at the integration descriptor, a small YAML file"));
                return null;
            }
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(1, 1, "", null, "the file is not UTF-8 text", "save it as UTF-8"));
            return null;
        }
    }

    /** What the user most likely meant: digits without '_' and leading zeros; another base in decimal. */
    private static String plainNumber(String written, java.math.BigInteger read) {
        String digits = written.replace("_", "");
        return digits.matches("[-+]?[0-9]+") ? new java.math.BigInteger(digits).toString() : read.toString();
    }

    /** The problem for a file over {@link #MAX_BYTES}, checked before reading it as well. */
    public static Problem tooLarge(long size) {
        return new Problem(1, 1, "", null, "the file has " + size + " bytes, over the limit of " + MAX_BYTES,
                "point " + Setting.DESCRIPTOR.mention() + " at the integration descriptor, a small YAML file");
    }

    private JsonNode readValue(YAMLParser parser, String path, int depth) throws IOException {
        Location at = location(parser.currentTokenLocation());
        values.put(path, at);
        if (parser.isCurrentAlias()) {
            problems.add(new Problem(at.line(), at.column(), path, "*" + parser.getText(),
                    "YAML aliases are not supported in a descriptor", "write the value out in full"));
            throw new Refused();
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            problems.add(new Problem(at.line(), at.column(), path, tag.startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag.startsWith("!") ? tag : "!" + tag,
                    "YAML tags are not supported in a"
                    + " descriptor (CloudFormation functions such as !Ref and !Sub are written for you)",
                    "remove the tag and write the plain value"));
            throw new Refused();
        }
        if (depth > MAX_DEPTH) {
            problems.add(new Problem(at.line(), at.column(), path, null, "the values nest deeper than "
                    + MAX_DEPTH + " levels", "flatten the structure; no descriptor key needs that depth"));
            throw new Refused();
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, path, depth);
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, Descriptor.child(path, Integer.toString(index++)), depth + 1));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                scalars.put(path, parser.getText());
                if (!parser.getText().matches("[-+]?(0|[1-9][0-9]*)")) {
                    // YAML 1.1 reads 010 as 8, 0x1F as 31, 1_000 as 1000: a number must mean what it says.
                    problems.add(new Problem(at.line(), at.column(), path, parser.getText(), "a number written with a"
                            + " leading zero, '_', or in another base, which YAML may read as another value",
                            "write it as a plain decimal number, e.g. " + plainNumber(parser.getText(),
                                    parser.getBigIntegerValue()) + ", or quote it if it is text"));
                }
                return NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                scalars.put(path, parser.getText());
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                scalars.put(path, parser.getText());
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                problems.add(new Problem(at.line(), at.column(), path, null, "a value YAML reads as binary data or"
                        + " another non-text type", "write plain text, numbers, true/false, lists and mappings"));
                throw new Refused();
        }
    }

    private ObjectNode readObject(YAMLParser parser, String path, int depth) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String field = Descriptor.child(path, name);
            Location keyAt = location(parser.currentTokenLocation());
            parser.nextToken();
            if (object.has(name)) {
                Location first = keys.get(field);
                problems.add(new Problem(keyAt.line(), keyAt.column(), field, name,
                        "the key appears twice (first at line " + first.line() + ")",
                        "keep only one '" + name + "'"));
                parser.skipChildren();
                continue;
            }
            keys.put(field, keyAt);
            object.set(name, readValue(parser, field, depth + 1));
        }
        return object;
    }

    /** SnakeYAML's own problem and its position say more than Jackson's wrapper ("while parsing..."). */
    private static Problem syntaxError(StreamReadException e) {
        Location at = location(e.getLocation());
        String problem = firstLine(e.getOriginalMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblem() != null) {
                problem = marked.getProblem().strip();
                org.yaml.snakeyaml.error.Mark mark = marked.getProblemMark();
                // Hit the end of the file: where the unclosed bracket or quote opened says more.
                if ((problem.contains("stream end") || problem.contains("end of stream"))
                        && marked.getContextMark() != null && marked.getContext() != null) {
                    problem = marked.getContext().strip() + " that starts here: " + problem;
                    mark = marked.getContextMark();
                }
                if (mark != null) {
                    at = new Location(mark.getLine() + 1, mark.getColumn() + 1);
                }
                break;
            }
        }
        if (problem.contains("Expected a field name") || problem.contains("org.yaml") || problem.contains("Event(")) {
            problem = "a mapping key must be plain text (YAML complex keys such as '? [a, b]' are not supported)";
        }
        String fix = problem.contains("\\t") || problem.contains("TAB")
                ? "indent with spaces, not tabs"
                : "correct the YAML syntax there; a value with ': ' or '#' in it needs quotes";
        return new Problem(at.line(), at.column(), "", null, "the file is not valid YAML (" + problem + ")", fix);
    }

    /**
     * Stops the parse at the first alias, tag or over-deep value: one message is enough, and expanding aliases is
     * how YAML bombs work.
     */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static Location location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
