package dev.berth.apply;

import dev.berth.journal.CommandOutcome;
import dev.berth.model.CommandResult;
import dev.berth.ops.HostCommand;
import dev.berth.transport.HostException;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a list of a step's commands on its host, in order, stopping at the first that fails: the
 * next command of a step assumes the previous one worked. Secrets are filled in on the way out and
 * redacted on the way back, so outcomes are safe for the journal and the report.
 */
final class CommandRunner {
    private final HostPool hosts;
    private final SecretValues secrets;

    CommandRunner(HostPool hosts, SecretValues secrets) {
        this.hosts = hosts;
        this.secrets = secrets;
    }

    /** What ran: every outcome, and whether all succeeded. A lost host ends the list with {@link CommandOutcome#LOST}. */
    record Ran(List<CommandOutcome> outcomes, boolean succeeded) {
        String failure() {
            if (succeeded || outcomes.isEmpty()) return "";
            CommandOutcome last = outcomes.get(outcomes.size() - 1);
            String why = last.stderr().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("exit code " + last.exitCode());
            return last.line() + ": " + why;
        }

        boolean changedSomething() {
            return outcomes.stream().anyMatch(o -> o.succeeded() || o.exitCode() == CommandOutcome.LOST);
        }
    }

    Ran run(String node, List<HostCommand> commands) {
        List<CommandOutcome> outcomes = new ArrayList<>();
        for (HostCommand command : commands) {
            CommandOutcome outcome = runOne(node, command);
            outcomes.add(outcome);
            if (!outcome.succeeded()) return new Ran(outcomes, false);
        }
        return new Ran(outcomes, true);
    }

    CommandOutcome runOne(String node, HostCommand command) {
        try {
            CommandResult result = hosts.run(node, command.command(), secrets.fill(command.stdin()));
            return new CommandOutcome(command.command().argv(), result.exitCode(), secrets.redact(result.stderr()));
        } catch (HostException e) {
            return new CommandOutcome(command.command().argv(), CommandOutcome.LOST, secrets.redact(e.getMessage()));
        }
    }
}
