package dev.berth.sim.drbd;

/**
 * drbd-utils' wrap_printf (user/shared/wrap_printf.c) for 80 columns, which is what a command run
 * over ssh gets (no terminal): a piece that would pass the last column starts a new line, leading
 * spaces are dropped at the start of a line and the indent is put there instead.
 */
final class WrapPrinter {
    private static final int COLUMNS = 80;
    private final StringBuilder out = new StringBuilder();
    private int column;

    WrapPrinter print(int indent, String text) {
        String piece = text;
        if (column + piece.length() > COLUMNS) {
            out.append('\n');
            if (piece.startsWith("\n")) piece = piece.substring(1);
            column = 0;
        }
        if (column == 0) {
            piece = piece.replaceFirst("^ +", "");
            out.append(" ".repeat(indent));
            column += indent;
        }
        out.append(piece);
        column += piece.length();
        int newline = piece.lastIndexOf('\n');
        if (newline >= 0 && newline == piece.length() - 1) column = 0;
        return this;
    }

    String text() { return out.toString(); }
}
