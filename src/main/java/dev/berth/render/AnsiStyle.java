package dev.berth.render;

import dev.berth.ops.Risk;

/**
 * Colour for terminals, off unless the caller turns it on: renderers never look at the
 * terminal or at {@code NO_COLOR} themselves, the CLI decides (design.md).
 */
final class AnsiStyle {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    AnsiStyle(boolean enabled) { this.enabled = enabled; }

    String bold(String text) { return paint("1", text); }

    String alarm(String text) { return paint("1;31", text); }

    String warning(String text) { return paint("1;35", text); }

    String dim(String text) { return paint("2", text); }

    /** {@code +} green, {@code ~} yellow, {@code -} red; a replacement reads as a destroy. */
    String symbol(String symbol) {
        if (symbol.contains("-")) return paint("31", symbol);
        return paint(symbol.equals("+") ? "32" : "33", symbol);
    }

    String risk(Risk risk) {
        switch (risk) {
            case DATA_LOSS: return paint("1;31", risk.spelling());
            case IRREVERSIBLE: return paint("33", risk.spelling());
            default: return risk.spelling();
        }
    }

    private String paint(String code, String text) { return enabled ? "\u001b[" + code + "m" + text + RESET : text; }
}
