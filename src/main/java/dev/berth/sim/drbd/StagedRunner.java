package dev.berth.sim.drbd;

import dev.berth.model.Command;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * drbdadm's deferred commands for up and adjust (drbdadm_main.c run_deferred_cmds, 9.22): every
 * resource's lines are sorted into the fixed stages, a stage runs to its end even after a
 * failure, a failure in a "prepare" stage skips that resource's later lines ("skipped due to
 * earlier error"), and drbdadm stops with exit 1 after the stage in which something failed.
 */
final class StagedRunner {
    private static final Map<String, Integer> STAGES = Map.ofEntries(
            Map.entry("new-resource", 0), Map.entry("resource-options", 1), Map.entry("detach", 2), Map.entry("del-minor", 2),
            Map.entry("new-minor", 3), Map.entry("disconnect", 4), Map.entry("del-peer", 5), Map.entry("del-path", 5),
            Map.entry("new-peer", 6), Map.entry("new-path", 7), Map.entry("net-options", 8), Map.entry("peer-device-options", 9),
            Map.entry("apply-al", 10), Map.entry("attach", 10), Map.entry("disk-options", 10), Map.entry("resize", 10),
            Map.entry("check-resize", 10), Map.entry("connect", 11));
    /** Stages after whose failure drbdadm gives up on the resource (CFG_PREREQ, DISK_PREP_*, NET_PREP_*). */
    private static final Set<Integer> PREPARING = Set.of(0, 2, 3, 5, 6);

    private record Entry(int stage, String resource, List<Command> commands) {}

    private final List<Entry> entries = new ArrayList<>();

    /** Adds one resource's lines; {@code apply-al} and the {@code attach} after it form one deferred command. */
    void add(String resource, List<Command> commands) {
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            String verb = command.program().endsWith("drbdmeta") ? command.argv().get(5) : command.argv().get(1);
            List<Command> group = new ArrayList<>(List.of(command));
            if (verb.equals("apply-al") && i + 1 < commands.size()) group.add(commands.get(++i));
            entries.add(new Entry(STAGES.getOrDefault(verb, 10), resource, group));
        }
    }

    int run(VerbRunner runner) {
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(Entry::stage));
        Set<String> skipped = new HashSet<>();
        int failedStage = -1;
        for (Entry entry : ordered) {
            if (failedStage >= 0 && entry.stage() != failedStage) return 1;
            if (skipped.contains(entry.resource())) {
                String name = entry.commands().get(entry.commands().size() - 1).argv().get(1);
                runner.output.err("drbdadm: " + name + " " + entry.resource() + ": skipped due to earlier error");
                continue;
            }
            if (runner.sequence(entry.commands()) != 0) {
                failedStage = entry.stage();
                if (PREPARING.contains(entry.stage())) skipped.add(entry.resource());
            }
        }
        return failedStage >= 0 ? 1 : 0;
    }
}
