package dev.berth.plan.placement;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The DRBD minors and TCP ports in use on each node, by any DRBD resource, Berth's or not, plus
 * what this plan has handed out so far. Bit sets make "lowest free number on all these hosts" a
 * few {@code nextClearBit} calls, so allocation stays linear in the number of resources.
 */
final class UsedNumbers {
    private final Map<String, BitSet> minors = new HashMap<>();
    private final Map<String, Map<Integer, String>> minorOwners = new HashMap<>();
    private final Map<String, BitSet> ports = new HashMap<>();

    /** Records {@code minor} on {@code node} for {@code resource} unless another resource holds it already. */
    void useMinor(String node, int minor, String resource) {
        minors.computeIfAbsent(node, n -> new BitSet()).set(minor);
        minorOwners.computeIfAbsent(node, n -> new HashMap<>()).putIfAbsent(minor, resource);
    }

    /** A minor seen on a host without a resource name to go with it (an lsblk device, a kernel device). */
    void useMinor(String node, int minor) { useMinor(node, minor, "another DRBD resource"); }

    void usePort(String node, int port) { ports.computeIfAbsent(node, n -> new BitSet()).set(port); }

    /** Who holds {@code minor} on {@code node}, if anyone. */
    Optional<String> minorOwner(String node, int minor) {
        return Optional.ofNullable(minorOwners.getOrDefault(node, Map.of()).get(minor));
    }

    /** The lowest minor in {@code [from, to]} free on every one of {@code nodes}; empty when none is. */
    Optional<Integer> lowestFreeMinor(Collection<String> nodes, int from, int to) {
        int candidate = from;
        boolean moved = true;
        while (moved && candidate <= to) {
            moved = false;
            for (String node : nodes) {
                int free = minors.getOrDefault(node, EMPTY).nextClearBit(candidate);
                if (free != candidate) {
                    candidate = free;
                    moved = true;
                }
            }
        }
        return candidate <= to ? Optional.of(candidate) : Optional.empty();
    }

    /** The lowest port in {@code [from, to]} free on {@code node}; empty when the range is used up. */
    Optional<Integer> lowestFreePort(String node, int from, int to) {
        int free = ports.getOrDefault(node, EMPTY).nextClearBit(from);
        return free <= to ? Optional.of(free) : Optional.empty();
    }

    private static final BitSet EMPTY = new BitSet();
}
