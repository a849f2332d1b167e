package dev.berth.diag;

/** A place in a source file; line and column count from 1, as editors show them. */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {
    public SourcePosition {
        if (file == null || file.isEmpty()) throw new IllegalArgumentException("a position needs a file");
        if (line < 1 || column < 1) throw new IllegalArgumentException("lines and columns count from 1");
    }

    public static SourcePosition startOf(String file) { return new SourcePosition(file, 1, 1); }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) return byFile;
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() { return file + ":" + line + ":" + column; }
}
