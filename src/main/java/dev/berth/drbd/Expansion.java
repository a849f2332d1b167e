package dev.berth.drbd;

import dev.berth.model.Command;
import java.util.List;
import java.util.Objects;

/**
 * What a drbdadm verb does on one host: the commands it runs, in order, or drbdadm's refusal
 * (its message and exit code) when the configuration does not allow the verb there.
 */
public sealed interface Expansion permits Expansion.Commands, Expansion.Refused {
    boolean isRefused();

    /** The commands; empty for a refusal. */
    List<Command> commands();

    record Commands(List<Command> commands) implements Expansion {
        public Commands {
            commands = List.copyOf(commands);
        }

        @Override
        public boolean isRefused() { return false; }
    }

    record Refused(int exitCode, String message) implements Expansion {
        public Refused {
            Objects.requireNonNull(message, "message");
            if (exitCode == 0) throw new IllegalArgumentException("a refusal has a non-zero exit code");
        }

        @Override
        public boolean isRefused() { return true; }

        @Override
        public List<Command> commands() { return List.of(); }
    }
}
