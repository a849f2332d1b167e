package dev.berth.discovery.parse;

/**
 * Internal to the parsers: unwinds from a deep field check to the parser's entry point, which
 * turns it into a {@link Parsed} failure with a position. {@code pointer} locates a JSON value;
 * for line-based formats {@code line}/{@code column} do. It never leaves the package.
 */
final class BadOutput extends Exception {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final int line;
    private final int column;

    private BadOutput(String message, String pointer, int line, int column) {
        super(message, null, false, false);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    static BadOutput atPointer(String pointer, String message) { return new BadOutput(message, pointer, 0, 0); }

    static BadOutput atLine(int line, int column, String message) { return new BadOutput(message, "", line, column); }

    String pointer() { return pointer; }

    int line() { return line; }

    int column() { return column; }
}
