package io.github.samhttp.core.read;

/** A 1-based line and column in the descriptor file. */
public record Location(int line, int column) {

    /** Where nothing better is known: the start of the file. */
    public static final Location START = new Location(1, 1);
}
