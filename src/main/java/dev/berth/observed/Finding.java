package dev.berth.observed;

import dev.berth.model.Command;
import java.util.Objects;

/**
 * Something discovery noticed on a host that is not an inventory item: a missing tool, an old
 * DRBD module, a tool's warning, a LINSTOR satellite. {@code command} is the one whose output
 * showed it, so a report can say where to look.
 */
public record Finding(FindingKind kind, String message, Command command) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() { return kind + ": " + message + " (" + command + ")"; }
}
