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

    /** Renders the problem as one line: {@code file:line:column: field 'x': problem; got 'v'. Fix: ...}. */
    public String render(String file) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append("field '").append(field).append("': ");
        }
        text.append(problem);
        if (value != null) {
            text.append("; got '").append(abbreviate(value)).append('\'');
        }
        return text.append(". Fix: ").append(fix).toString();
    }

    private static String abbreviate(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
