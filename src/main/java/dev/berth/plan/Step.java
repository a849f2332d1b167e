package dev.berth.plan;

import dev.berth.model.Address;
import dev.berth.ops.HostCommand;
import dev.berth.ops.Operation;
import dev.berth.ops.Risk;
import dev.berth.ops.WaitCondition;

import java.util.List;
import java.util.Optional;

/**
 * One node of the plan's DAG: an operation on one host, its exact commands and undo (stored, so
 * apply runs what was reviewed), the drbdsetup/drbdmeta lines drbdadm will run (a prediction, for
 * reviewers), its risk, what it waits for, what it depends on, and why it exists. A blocked step
 * (its host is unreachable) is planned and shown but never run.
 */
public record Step(String id, Address address, String host, String summary, Operation operation, List<HostCommand> commands,
                   List<HostCommand> undo, List<String> predicted, Risk risk, List<WaitCondition> waits,
                   List<String> dependsOn, String reason, Optional<String> blockedBecause) {
    public Step {
        commands = List.copyOf(commands);
        undo = List.copyOf(undo);
        predicted = List.copyOf(predicted);
        waits = List.copyOf(waits);
        dependsOn = List.copyOf(dependsOn);
    }

    public boolean isBlocked() { return blockedBecause.isPresent(); }
}
