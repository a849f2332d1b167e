package dev.berth.diag;

import java.util.Comparator;
import java.util.Optional;

/**
 * One finding. {@code pointer} is a JSON pointer into the document ("" for the whole document);
 * {@code hint} says how to fix it ("did you mean 'protocol'?").
 */
public record Diagnostic(Severity severity, String message, Optional<SourcePosition> position, String pointer,
                         Optional<String> hint) {

    /** By position (unplaced ones last), then pointer and message, so output never flickers. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.position().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Diagnostic::pointer)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (severity == null || message == null || position == null || pointer == null || hint == null) {
            throw new IllegalArgumentException("a diagnostic has no null parts");
        }
    }

    public static Diagnostic error(String message) {
        return new Diagnostic(Severity.ERROR, message, Optional.empty(), "", Optional.empty());
    }

    public static Diagnostic error(String pointer, String message) {
        return new Diagnostic(Severity.ERROR, message, Optional.empty(), pointer, Optional.empty());
    }

    public static Diagnostic warning(String pointer, String message) {
        return new Diagnostic(Severity.WARNING, message, Optional.empty(), pointer, Optional.empty());
    }

    public Diagnostic at(SourcePosition where) {
        return new Diagnostic(severity, message, Optional.of(where), pointer, hint);
    }

    public Diagnostic withHint(String howToFix) {
        return new Diagnostic(severity, message, position, pointer, Optional.ofNullable(howToFix));
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code stack.yaml:12:5: error: unknown key 'protocl' (at /resourceGroups/mysql/drbd/net); did you mean 'protocol'?} */
    public String format() {
        StringBuilder line = new StringBuilder();
        position.ifPresent(p -> line.append(p).append(": "));
        line.append(severity.label()).append(": ").append(message);
        if (!pointer.isEmpty()) line.append(" (at ").append(pointer).append(')');
        hint.ifPresent(h -> line.append("; ").append(h));
        return line.toString();
    }
}
