package dev.berth.apply;

import dev.berth.journal.InProgressRecord;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.transport.HostException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies that started and never ended, as the hosts' in-progress records tell it. The hosts are
 * asked rather than the local state folder because the machine that crashed (a CI runner) is often
 * not the one that looks next. Plan warns with this; apply refuses, since a second apply on top of
 * a half-applied one would plan from a state nobody decided on.
 */
public final class UnfinishedApplies {
    /** One unfinished apply (one journal) and the hosts that still carry its record. */
    public record Unfinished(String journalId, String planId, String lastStep, List<String> nodes) {}

    private UnfinishedApplies() {}

    /** From what discovery read on the involved nodes (plan, and apply after planning). */
    public static List<Unfinished> in(ObservedCluster observed, Collection<String> nodes) {
        SortedMap<String, Optional<String>> texts = new TreeMap<>();
        for (String node : nodes) {
            ObservedHost host = observed.hosts().get(node);
            if (host == null) continue;
            host.reachable().ifPresent(reachable -> texts.put(node,
                    reachable.inventory().files().inProgress().value().flatMap(text -> text)));
        }
        return of(texts);
    }

    /** Each node's in-progress record, read directly: apply's plan may be a saved one, made before that apply started. */
    static List<Unfinished> on(HostPool hosts, Collection<String> nodes) {
        SortedMap<String, Optional<String>> texts = new TreeMap<>();
        for (String node : nodes) {
            try {
                texts.put(node, hosts.read(node, InProgressRecord.PATH));
            } catch (HostException unreachable) {
                // the lock (or the first step) on this host reports that it is gone
            }
        }
        return of(texts);
    }

    /** From each node's record text, when it has one; unreadable records are someone else's file and ignored. */
    static List<Unfinished> of(Map<String, Optional<String>> texts) {
        SortedMap<String, List<InProgressRecord>> byJournal = new TreeMap<>();
        SortedMap<String, TreeSet<String>> nodes = new TreeMap<>();
        texts.forEach((node, text) -> text.flatMap(InProgressRecord::parse).ifPresent(record -> {
            byJournal.computeIfAbsent(record.journalId(), id -> new ArrayList<>()).add(record);
            nodes.computeIfAbsent(record.journalId(), id -> new TreeSet<>()).add(node);
        }));
        List<Unfinished> unfinished = new ArrayList<>();
        byJournal.forEach((journal, records) -> {
            InProgressRecord latest = records.stream().max((a, b) -> a.time().compareTo(b.time())).orElseThrow();
            unfinished.add(new Unfinished(journal, latest.planId(), latest.lastStep(), List.copyOf(nodes.get(journal))));
        });
        return unfinished;
    }

    /**
     * Who holds the involved nodes' locks, as discovery read them. An in-progress record behind a
     * held lock may be an apply still running rather than a crash, so apply names the holder before
     * the ways out, as the engine does (found on real hosts: a second apply met the first one's
     * records before its locks, and was told only to resume or roll back a running apply).
     */
    public static List<String> heldLocks(ObservedCluster observed, Collection<String> nodes) {
        List<String> lines = new ArrayList<>();
        for (String node : new TreeSet<>(nodes)) {
            ObservedHost host = observed.hosts().get(node);
            if (host == null) continue;
            host.reachable().flatMap(reachable -> reachable.inventory().files().lockHolder().value().flatMap(text -> text))
                    .flatMap(LockHolder::parse)
                    .ifPresent(holder -> lines.add("the lock on " + node + " is held by " + holder.describe()
                            + "; if that apply is still running, wait for it"));
        }
        return lines;
    }

    /** What a person reads: which apply, where, and the two commands that end it (journals live under the state folder). */
    public static List<String> message(List<Unfinished> unfinished, Path stateDir) {
        List<String> lines = new ArrayList<>();
        for (Unfinished apply : unfinished) {
            String journal = stateDir.resolve("journal").resolve(apply.journalId() + ".jsonl").toString();
            lines.add("an unfinished apply is recorded on " + String.join(", ", apply.nodes()) + ": plan " + apply.planId()
                    + ", journal " + apply.journalId() + (apply.lastStep().isEmpty() ? "" : ", last step done " + apply.lastStep()));
            lines.add("  finish it with: berth apply --resume " + journal);
            lines.add("  or undo it with: berth rollback " + journal);
        }
        return lines;
    }
}
