package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

import java.time.Instant;

/**
 * One command a simulated host received, in the order hosts received them, with the virtual time
 * and what became of it; tests assert partial orders over this history.
 */
public record CommandRecord(String node, Instant at, Command command, CommandResult result, Outcome outcome) {
    public enum Outcome {
        /** The command ran; {@code result} is its answer. */
        RAN,
        /** A planted fault failed it before it ran. */
        FAILED_BY_FAULT,
        /** A planted fault made it hang; it did not run. */
        HUNG,
        /** It ran, but the answer was lost on the way back. */
        ANSWER_LOST,
        /** The host was down; nothing ran. */
        HOST_DOWN
    }

    public String line() { return String.join(" ", command.argv()); }
}
