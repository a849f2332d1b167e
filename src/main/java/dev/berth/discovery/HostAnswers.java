package dev.berth.discovery;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.HostException;

import java.util.List;

/** What one host answered to the discovery batch, or why it could not. Raw: parsing comes after. */
public sealed interface HostAnswers permits HostAnswers.Answered, HostAnswers.Failed {
    String node();

    record Answered(String node, List<Command> commands, List<CommandResult> results) implements HostAnswers {
        public Answered {
            commands = List.copyOf(commands);
            results = List.copyOf(results);
            if (commands.size() != results.size()) throw new IllegalArgumentException("one result per command");
        }
    }

    record Failed(String node, HostException.Kind kind, String message) implements HostAnswers {}
}
