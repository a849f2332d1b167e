package dev.berth.drbd;

import dev.berth.model.Command;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * drbdadm 9.22's deferred commands: each goes to its stage (drbdadm.h enum drbd_cfg_stage) in the
 * order it was scheduled, and the stages run in their fixed order. "Once" entries are dropped
 * when the same command for the same connection and volume is already there (SCHEDULE_ONCE).
 */
final class AdjustSchedule {
    /** The stages, in the order drbdadm runs them. */
    enum Stage { PREREQ, RESOURCE, DISK_PREP_DOWN, DISK_PREP_UP, NET_DISCONNECT, NET_PREP_DOWN, NET_PREP_UP, NET_PATH, NET,
        PEER_DEVICE, DISK, NET_CONNECT }

    private final Map<Stage, List<List<Command>>> stages = new EnumMap<>(Stage.class);
    private final Set<String> once = new HashSet<>();

    /** One deferred command; it may run several programs (attach is apply-al, then attach). */
    void add(Stage stage, List<Command> commands) {
        stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(List.copyOf(commands));
    }

    void add(Stage stage, Command command) { add(stage, List.of(command)); }

    /** Adds unless an entry with the same key (command, peer node-id, volume) is already scheduled. */
    void addOnce(Stage stage, String key, Command command) {
        if (once.add(stage + "|" + key)) add(stage, command);
    }

    /** Adds in any case, and remembers the key so that a later "once" entry is dropped. */
    void addKeyed(Stage stage, String key, Command command) {
        once.add(stage + "|" + key);
        add(stage, command);
    }

    /** Every command in stage order. */
    List<Command> commands() {
        var all = new ArrayList<Command>();
        for (Stage stage : Stage.values()) stages.getOrDefault(stage, List.of()).forEach(all::addAll);
        return all;
    }
}
