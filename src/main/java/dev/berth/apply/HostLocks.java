package dev.berth.apply;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.HostException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The hosts' locks (design.md): {@code mkdir /var/lib/berth/lock} is atomic on every filesystem, so
 * exactly one apply wins each host; hosts are taken in sorted order, so two applies over
 * overlapping hosts cannot each hold half; the first host that refuses releases all taken so far.
 * The lease is renewed as the apply goes, so a lock whose holder died expires on its own.
 */
final class HostLocks {
    private final HostPool hosts;
    private final Sleeper clock;
    private final Duration lease;
    private final List<String> held = new ArrayList<>();
    private LockHolder holder;
    private Instant renewed = Instant.MIN;

    HostLocks(HostPool hosts, Sleeper clock, Duration lease) {
        this.hosts = hosts;
        this.clock = clock;
        this.lease = lease;
    }

    /** Takes every host's lock, or none: the reason the first refusing host gave. A lock left by {@code journalId} is taken over. */
    Optional<String> acquire(SortedSet<String> nodes, String who, String planId, String journalId) {
        Instant now = clock.now();
        holder = new LockHolder(who, "", ProcessHandle.current().pid(), planId, journalId, now.plus(lease));
        for (String node : nodes) {
            Optional<String> refused = take(node, journalId);
            if (refused.isPresent()) {
                release();
                return refused;
            }
            held.add(node);
        }
        renewed = now;
        return Optional.empty();
    }

    private Optional<String> take(String node, String journalId) {
        try {
            hosts.run(node, Command.of("mkdir", "-p", "/var/lib/berth"), "");
            CommandResult made = hosts.run(node, Command.of("mkdir", LockHolder.FOLDER), "");
            if (!made.succeeded()) {
                Optional<LockHolder> other = holderOf(node);
                boolean ours = other.map(o -> !journalId.isEmpty() && o.journalId().equals(journalId)).orElse(false);
                if (ours && stillRunning(other.get())) {
                    return Optional.of("the lock on " + node + " is held by the apply of this very journal, which may still be running: "
                            + other.get().describe() + "; wait for it to end or its lease to expire, or run 'berth unlock STACK --force' if you are sure it is dead");
                }
                if (!ours) {
                    return Optional.of("the lock on " + node + " is held by " + other.map(LockHolder::describe).orElse("an unknown holder")
                            + "; wait for it, or run 'berth unlock STACK' once its lease expired ('--force' if you are sure it is dead)");
                }
            }
            hosts.write(node, LockHolder.FILE, holder.renewedUntil(holder.leaseExpiry()).toJson());
            return Optional.empty();
        } catch (HostException e) {
            return Optional.of("cannot lock " + node + ": " + e.getMessage());
        }
    }

    /**
     * Whether the run that left a journal's lock may still be at work, so a resume or rollback of
     * that journal must not take it over: its lease runs, and it is neither this process (an
     * engine that ended in this JVM) nor a process of this machine that is known to be dead.
     */
    private boolean stillRunning(LockHolder other) {
        if (!clock.now().isBefore(other.leaseExpiry())) return false;
        if (other.pid() == ProcessHandle.current().pid()) return false;
        boolean thisMachine = other.holder().equals(holder.holder());
        return !thisMachine || ProcessHandle.of(other.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * The holder of a lock someone else made. Its holder record follows the mkdir by one write, so
     * a lock taken this very moment has none yet: look again for about a second before calling
     * the holder unknown, so that the refusal can name who to wait for.
     */
    private Optional<LockHolder> holderOf(String node) throws HostException {
        for (int attempt = 0; ; attempt++) {
            Optional<LockHolder> holder = hosts.read(node, LockHolder.FILE).flatMap(LockHolder::parse);
            if (holder.isPresent() || attempt == 10) return holder;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return holder;
            }
        }
    }

    /** Renews every lease once a third of it has passed; called before each step. */
    synchronized void renewIfDue() {
        Instant now = clock.now();
        if (Duration.between(renewed, now).compareTo(lease.dividedBy(3)) < 0) return;
        for (String node : held) {
            try {
                hosts.write(node, LockHolder.FILE, holder.renewedUntil(now.plus(lease)).toJson());
            } catch (HostException ignored) {
                // the step on that host will fail on its own and say why; a lease is not worth failing for
            }
        }
        renewed = now;
    }

    /** Releases every lock taken, last first. A host that cannot be reached keeps its lock until the lease expires. */
    synchronized void release() {
        for (int i = held.size() - 1; i >= 0; i--) remove(hosts, held.get(i));
        held.clear();
    }

    static boolean remove(HostPool hosts, String node) {
        try {
            hosts.run(node, Command.of("rm", "-f", LockHolder.FILE), "");
            return hosts.run(node, Command.of("rmdir", LockHolder.FOLDER), "").succeeded();
        } catch (HostException e) {
            return false;
        }
    }
}
