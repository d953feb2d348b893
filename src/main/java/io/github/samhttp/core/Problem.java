package io.github.samhttp.core;

/**
 * One thing wrong with a descriptor, with everything a person needs to fix it.
 *
 * @param line 1-based line in the descriptor, 0 when unknown
 * @param column 1-based column in the descriptor, 0 when unknown
 * @param field the descriptor field, as a dotted path ({@code auth.password}); empty for the whole file
 * @param value the offending value as written, or {@code null} when the field is missing
 * @param problem what is wrong
 * @param fix what to write instead
 */
public record Problem(int line, int column, String field, String value, String problem, String fix) {

    // equals and hashCode written out: a record's generated ones spin method handles on first use, a cost every
    // cold build would pay when problems are de-duplicated.
    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that && line == that.line && column == that.column
                && java.util.Objects.equals(field, that.field) && java.util.Objects.equals(value, that.value)
                && java.util.Objects.equals(problem, that.problem) && java.util.Objects.equals(fix, that.fix);
    }

    @Override
    public int hashCode() {
        int hash = line * 31 + column;
        for (String part : new String[] {field, value, problem, fix}) {
            hash = hash * 31 + java.util.Objects.hashCode(part);
        }
        return hash;
    }

    /** Renders the problem as one line: {@code file:line:column: field 'x': problem; got 'v'. Fix: ...}. */
    public String render(String file) {
        return Setting.plain(raw(file));
    }

    /** As {@link #render}, with the front end's settings left as mentions for it to word. */
    String raw(String file) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append("field '").append(abbreviate(field)).append("': ");
        }
        text.append(problem);
        if (value != null) {
            text.append("; got '").append(abbreviate(value)).append('\'');
        }
        return text.append(". Fix: ").append(fix).toString();
    }

    private static String abbreviate(String value) {
        String shown = visible(value);
        return shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
    }

    /**
     * The text with what a terminal would not show made visible: line breaks and tabs escaped, and other control,
     * format and unusual space characters (a no-break space, a zero-width space) written as {@code <U+00A0>}.
     */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (invisible(c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR && c != ' ';
    }
}
