package dev.berth.apply;

import dev.berth.journal.HostStateRecord;
import dev.berth.journal.InProgressRecord;
import dev.berth.journal.Phase;
import dev.berth.model.Command;
import dev.berth.ops.DrbdOperations;
import dev.berth.plan.Step;
import dev.berth.transport.HostException;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Berth's own files on the hosts around an apply: the in-progress record (written at the start,
 * removed when the apply ends without leaving anything) and the state file after a success. Both
 * are best effort per host: the journal is the record that counts, these are for other machines.
 */
final class HostRecords {
    private HostRecords() {}

    static void begin(ApplyRun run, Collection<String> nodes) {
        for (String node : nodes) {
            try {
                run.hosts.write(node, InProgressRecord.PATH, new InProgressRecord(run.plan.planId(), run.journal.id(), "",
                        run.environment.sleeper().now()).toJson());
            } catch (HostException ignored) {
                // locking succeeded a moment ago; a host lost now fails its first step, which says so
            }
        }
    }

    static void clear(ApplyRun run, Collection<String> nodes) {
        for (String node : nodes) {
            try {
                run.hosts.run(node, Command.of("rm", "-f", InProgressRecord.PATH), "");
            } catch (HostException ignored) {
                // a stale record only makes the next plan mention this apply; the journal says it ended
            }
        }
    }

    /** What was applied, and the node-ids this apply retired (forgotten peers), merged into what the file already says. */
    static void applied(ApplyRun run, Collection<String> nodes) {
        Map<String, Set<Integer>> retired = new HashMap<>();
        for (Step step : run.plan.steps()) {
            if (step.operation() instanceof DrbdOperations.ForgetPeer forget && run.ledger.phase(step.id()) != Phase.NOT_STARTED) {
                retired.computeIfAbsent(forget.resource(), r -> new HashSet<>()).add(forget.peerNodeId());
            }
        }
        for (String node : nodes) {
            try {
                HostStateRecord record = HostStateRecord.after(run.hosts.read(node, HostStateRecord.PATH), run.plan.planId(),
                        run.plan.basis().specDigest(), run.plan.basis().source().map(source -> source.commit()),
                        run.environment.sleeper().now(), retired);
                run.hosts.write(node, HostStateRecord.PATH, record.toJson());
            } catch (HostException ignored) {
                // the change itself is done; the state file is informational and the next apply rewrites it
            }
        }
    }
}
