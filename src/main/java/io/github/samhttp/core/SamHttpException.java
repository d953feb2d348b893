package io.github.samhttp.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the core throws for anything the user can fix: a bad descriptor or an output folder that
 * cannot be written. Its message lists every problem, one per line, each naming file, line, column and field.
 */
public final class SamHttpException extends Exception {

    private final transient List<String> lines;

    public SamHttpException(List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.lines = List.copyOf(lines);
    }

    public SamHttpException(String line, Throwable cause) {
        super(line, cause);
        this.lines = List.of(line);
    }

    static SamHttpException of(String file, List<Problem> problems) {
        return new SamHttpException(problems.stream().map(p -> p.render(file)).collect(Collectors.toList()));
    }

    /** The problems, one rendered line each. */
    public List<String> lines() {
        return lines;
    }
}
