package io.github.samhttp.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception the core throws for anything the user can fix: a bad descriptor or an output folder that
 * cannot be written. Its message lists every problem, one per line, each naming file, line, column and field.
 */
public final class SamHttpException extends Exception {

    private final transient List<String> lines;

    /** @param lines one problem each; a setting of the front end is written as its {@link Setting#mention()} */
    public SamHttpException(List<String> lines) {
        super(lines.stream().map(Setting::plain).collect(Collectors.joining(System.lineSeparator())));
        this.lines = List.copyOf(lines);
    }

    public SamHttpException(String line, Throwable cause) {
        super(Setting.plain(line), cause);
        this.lines = List.of(line);
    }

    static SamHttpException of(String file, List<Problem> problems) {
        return new SamHttpException(problems.stream().map(p -> p.raw(file)).collect(Collectors.toList()));
    }

    /** The problems, one rendered line each, settings worded plainly ({@code 'descriptor'}). */
    public List<String> lines() {
        return lines.stream().map(Setting::plain).toList();
    }

    /** The problems, settings worded by the front end (see {@link Setting#word}). */
    public List<String> lines(java.util.function.BiFunction<Setting, String, String> wording) {
        return lines.stream().map(line -> Setting.word(line, wording)).toList();
    }
}
