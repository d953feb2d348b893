package io.github.samhttp.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third-party URL, possibly with placeholders in its path: {@code {name}} filled per request from the API
 * path parameter of that name, or at deploy time from an SSM parameter (see {@link RequestShaping}).
 *
 * @param text the URL as written in the descriptor
 * @param host the host name
 * @param parts the text split into literal parts and placeholders, in order
 */
public record Endpoint(String text, String host, List<Part> parts) {

    /** A placeholder: letters, digits and underscores, starting with a letter, between braces. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]{0,63})}");

    /** A piece of the URL: literal text or a placeholder's name. */
    public record Part(String text, boolean placeholder) {
    }

    /** Splits {@code text} at its placeholders. */
    public static Endpoint of(String text, String host) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                parts.add(new Part(text.substring(last, matcher.start()), false));
            }
            parts.add(new Part(matcher.group(1), true));
            last = matcher.end();
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return new Endpoint(text, host, List.copyOf(parts));
    }

    /** The placeholders' names, in order. */
    public List<String> placeholders() {
        List<String> names = new java.util.ArrayList<>();
        for (Part part : parts) {
            if (part.placeholder()) {
                names.add(part.text());
            }
        }
        return List.copyOf(names);
    }

    @Override
    public String toString() {
        return text;
    }
}
