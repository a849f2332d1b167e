package dev.berth.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code berth unlock}: clears the locks whose lease has expired (their holder stopped renewing,
 * so it is dead or cut off), or every lock with {@code force}. One line per host says what it
 * found and did, so a person can see whose apply they are breaking.
 */
public final class Unlock {
    private Unlock() {}

    public record Result(List<String> released, List<String> kept) {}

    public static Result unlock(ApplyEnvironment environment, Collection<String> nodes, boolean force) {
        List<String> released = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Instant now = environment.sleeper().now();
        try (HostPool hosts = new HostPool(environment.connector(), environment.targets())) {
            for (String node : new TreeSet<>(nodes)) {
                Optional<LockHolder> holder;
                try {
                    holder = hosts.read(node, LockHolder.FILE).flatMap(LockHolder::parse);
                } catch (dev.berth.transport.HostException e) {
                    kept.add(node + ": cannot reach it (" + e.getMessage() + ")");
                    continue;
                }
                boolean expired = holder.map(h -> !h.leaseExpiry().isAfter(now)).orElse(false);
                if (holder.isPresent() && !expired && !force) {
                    kept.add(node + ": held by " + holder.get().describe() + "; its lease has not expired (--force to clear it anyway)");
                } else if (holder.isEmpty()) {
                    // no holder file: no lock at all, or one whose holder died between mkdir and writing it
                    if (HostLocks.remove(hosts, node)) released.add(node + ": removed a lock folder without a holder");
                } else if (HostLocks.remove(hosts, node)) {
                    released.add(node + ": released the lock of " + holder.map(LockHolder::describe).orElse("an unknown holder"));
                } else {
                    kept.add(node + ": the lock could not be removed");
                }
            }
        }
        return new Result(released, kept);
    }

    /** Who holds the nodes' locks now, one line per held lock: what a refused apply names besides the unfinished record. */
    public static List<String> holders(ApplyEnvironment environment, Collection<String> nodes) {
        List<String> lines = new ArrayList<>();
        try (HostPool hosts = new HostPool(environment.connector(), environment.targets())) {
            for (String node : new TreeSet<>(nodes)) {
                try {
                    hosts.read(node, LockHolder.FILE).flatMap(LockHolder::parse)
                            .ifPresent(holder -> lines.add("the lock on " + node + " is held by " + holder.describe()));
                } catch (dev.berth.transport.HostException unreachable) {
                    // the unfinished record is the news; an unreachable host says so when the apply is tried again
                }
            }
        }
        return lines;
    }
}
