package io.github.samhttp.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.samhttp.core.Problem;
import io.github.samhttp.core.Setting;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads descriptor bytes into a tree, remembering the line and column of every key and value so that later
 * stages can point at them. Rejects what YAML allows but a descriptor never needs: duplicate keys, anchors and
 * aliases, non-UTF-8 text, binary content and oversized files. Reads SnakeYAML's events directly, typing scalars as
 * {@link YamlScalars} says: Jackson's YAML layer would cost a cold build about a hundred more classes to load.
 */
public final class DescriptorReader {

    private static final java.util.regex.Pattern PLAIN_INTEGER = java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9]*)");

    /** A descriptor is a few lines; anything this large is a mistake (or an attack). */
    public static final int MAX_BYTES = 1024 * 1024;

    /** Deeper than any descriptor needs; the limit keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = 32;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> keys = new HashMap<>();
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, String> scalars = new HashMap<>();
    private final YamlScalars scalarTypes = new YamlScalars();
    private Parser events;
    private Event last;

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
        events = new ParserImpl(new StreamReader(text), new LoaderOptions());
        try {
            Event first = nextNode();
            if (first == null) {
                problems.add(new Problem(1, 1, "", null, "the descriptor is empty",
                        "write at least 'endpoint', 'method' and 'auth' (see the README's descriptor reference)"));
                return null;
            }
            if (!(first instanceof MappingStartEvent)) {
                Location at = start(first);
                problems.add(new Problem(at.line(), at.column(), "", first instanceof ScalarEvent scalar
                        ? scalar.getValue() : first instanceof AliasEvent alias ? alias.getAnchor() : "[",
                        "the descriptor must be a YAML mapping of keys to values",
                        "start the file with 'endpoint: https://...' on its own line"));
                return null;
            }
            ObjectNode root = (ObjectNode) readValue(first, "", 0);
            Event more = nextNode();
            if (more != null) {
                Location at = start(more);
                problems.add(new Problem(at.line(), at.column(), "", null,
                        "the file holds more than one YAML document", "remove everything after the first '---'"));
            }
            return new Descriptor(file, root, Map.copyOf(keys), Map.copyOf(values), Map.copyOf(scalars));
        } catch (Refused e) {
            return null;
        } catch (MarkedYAMLException e) {
            problems.add(syntaxError(e, end(last)));
            return null;
        } catch (YAMLException e) {
            problems.add(syntaxError(firstLine(e.getMessage()), end(last)));
            return null;
        } catch (NumberFormatException e) {
            // SnakeYAML's scanner can fail this way on some malformed input.
            problems.add(syntaxError("Malformed Number token: failed to tokenize due to (" + e.getClass().getName()
                    + "): " + e.getMessage(), end(last)));
            return null;
        }
    }

    /** The next event, remembered for the location of a syntax error. */
    private Event next() {
        last = events.getEvent();
        return last;
    }

    /** The next node's first event, past stream and document markers; null at the end of the stream. */
    private Event nextNode() {
        while (true) {
            Event event = next();
            if (event instanceof StreamEndEvent) {
                return null;
            }
            if (!(event instanceof StreamStartEvent || event instanceof DocumentStartEvent
                    || event instanceof DocumentEndEvent)) {
                return event;
            }
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

    private JsonNode readValue(Event event, String path, int depth) throws Refused {
        Location at = start(event);
        values.put(path, at);
        if (event instanceof AliasEvent alias) {
            problems.add(new Problem(at.line(), at.column(), path, "*" + alias.getAnchor(),
                    "YAML aliases are not supported in a descriptor", "write the value out in full"));
            throw new Refused();
        }
        String tag = event instanceof ScalarEvent tagged ? tagged.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
            while (tag.startsWith("!")) {
                tag = tag.substring(1);
            }
            problems.add(new Problem(at.line(), at.column(), path, tag.startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + tag,
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
        if (event instanceof MappingStartEvent) {
            return readObject(path, depth);
        }
        if (event instanceof SequenceStartEvent) {
            ArrayNode array = NODES.arrayNode();
            int index = 0;
            for (Event item = next(); !(item instanceof SequenceEndEvent); item = next()) {
                array.add(readValue(item, Descriptor.child(path, Integer.toString(index++)), depth + 1));
            }
            return array;
        }
        ScalarEvent scalar = (ScalarEvent) event;
        String raw = scalar.getValue();
        YamlScalars.Typed typed;
        try {
            typed = scalarTypes.type(scalar);
        } catch (NumberFormatException e) {
            problems.add(syntaxError("Malformed numeric value '" + raw + "'", end(event)));
            throw new Refused();
        }
        switch (typed.kind()) {
            case INTEGER:
                scalars.put(path, raw);
                BigInteger integer = (BigInteger) typed.value();
                if (!PLAIN_INTEGER.matcher(raw).matches()) {
                    // YAML 1.1 reads 010 as 8, 0x1F as 31, 1_000 as 1000: a number must mean what it says.
                    problems.add(new Problem(at.line(), at.column(), path, raw, "a number written with a"
                            + " leading zero, '_', or in another base, which YAML may read as another value",
                            "write it as a plain decimal number, e.g. " + plainNumber(raw, integer)
                                    + ", or quote it if it is text"));
                }
                return NODES.numberNode(integer);
            case DECIMAL:
                scalars.put(path, raw);
                return NODES.numberNode((BigDecimal) typed.value());
            case BOOLEAN:
                scalars.put(path, raw);
                return NODES.booleanNode((Boolean) typed.value());
            case NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(raw);
        }
    }

    private ObjectNode readObject(String path, int depth) throws Refused {
        ObjectNode object = NODES.objectNode();
        for (Event key = next(); !(key instanceof MappingEndEvent); key = next()) {
            if (!(key instanceof ScalarEvent scalar)) {
                problems.add(syntaxError("a mapping key must be plain text (YAML complex keys such as '? [a, b]'"
                        + " are not supported)", end(key)));
                throw new Refused();
            }
            String name = scalar.getValue();
            String field = Descriptor.child(path, name);
            Location keyAt = start(key);
            Event value = next();
            if (object.has(name)) {
                Location first = keys.get(field);
                problems.add(new Problem(keyAt.line(), keyAt.column(), field, name,
                        "the key appears twice (first at line " + first.line() + ")",
                        "keep only one '" + name + "'"));
                skip(value);
                continue;
            }
            keys.put(field, keyAt);
            object.set(name, readValue(value, field, depth + 1));
        }
        return object;
    }

    /** Skips the rest of the node that {@code event} starts. */
    private void skip(Event event) {
        int open = event instanceof CollectionStartEvent ? 1 : 0;
        while (open > 0) {
            Event inside = next();
            if (inside instanceof CollectionStartEvent) {
                open++;
            } else if (inside instanceof CollectionEndEvent) {
                open--;
            }
        }
    }

    /** SnakeYAML's problem and its position; at the end of the file, where the unclosed bracket or quote opened. */
    private static Problem syntaxError(MarkedYAMLException e, Location fallback) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem().strip();
        Mark mark = e.getProblemMark();
        if ((problem.contains("stream end") || problem.contains("end of stream"))
                && e.getContextMark() != null && e.getContext() != null) {
            problem = e.getContext().strip() + " that starts here: " + problem;
            mark = e.getContextMark();
        }
        return syntaxError(problem, mark == null ? fallback : new Location(mark.getLine() + 1, mark.getColumn() + 1));
    }

    private static Problem syntaxError(String problem, Location at) {
        String fix = problem.contains("\\t") || problem.contains("TAB")
                ? "indent with spaces, not tabs"
                : "correct the YAML syntax there; a value with ': ' or '#' in it needs quotes";
        return new Problem(at.line(), at.column(), "", null, "the file is not valid YAML (" + problem + ")", fix);
    }

    /**
     * Stops the parse at the first alias, tag or over-deep value: one message is enough, and expanding aliases is
     * how YAML bombs work.
     */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static Location start(Event event) {
        return location(event == null ? null : event.getStartMark());
    }

    private static Location end(Event event) {
        return location(event == null ? null : event.getEndMark());
    }

    private static Location location(Mark mark) {
        return mark == null ? Location.START : new Location(mark.getLine() + 1, Math.max(1, mark.getColumn() + 1));
    }

    private static String firstLine(String message) {
        String text = message == null ? "syntax error" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
