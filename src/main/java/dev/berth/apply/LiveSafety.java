package dev.berth.apply;

import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DiskState;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.ResourceStatus;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.Operation;
import dev.berth.ops.VolumeOperations;
import dev.berth.plan.Step;
import dev.berth.transport.HostException;

import java.util.Collection;
import java.util.Optional;

/**
 * The safety rules again, on live state, just before a step that cannot be taken back: the plan
 * was checked when it was made, but a long wait may have passed since, and in that time a replica
 * may have been promoted or the last good copy may have moved. Removing a replica's data needs
 * the resource not Primary there and an UpToDate replica elsewhere; forgetting a peer needs some
 * UpToDate replica left.
 */
final class LiveSafety {
    private final LiveStatus status;
    private final Collection<String> nodes;

    LiveSafety(LiveStatus status, Collection<String> nodes) {
        this.status = status;
        this.nodes = nodes;
    }

    /** Why the step must not run now, or empty when it may. */
    Optional<String> check(Step step) throws HostException {
        if (step.risk().isAutomatic()) return Optional.empty();
        Operation operation = step.operation();
        if (operation instanceof VolumeOperations.RemoveBackingVolume remove) {
            Optional<ResourceStatus> here = status.of(remove.node(), remove.resource());
            if (here.isPresent() && here.get().role().is(DrbdRole.PRIMARY)) {
                return Optional.of(remove.resource() + " is Primary on " + remove.node() + " now; demote it (or move the workload) first");
            }
            if (!upToDateElsewhere(remove.resource(), remove.node())) {
                return Optional.of("no other replica of " + remove.resource() + " is UpToDate now; removing " + remove.node() + "'s data would lose it");
            }
        }
        if (operation instanceof DrbdOperations.ForgetPeer forget && !upToDateElsewhere(forget.resource(), "")) {
            return Optional.of("no replica of " + forget.resource() + " is UpToDate now; forgetting a peer would drop the bitmap a resync needs");
        }
        return Optional.empty();
    }

    private boolean upToDateElsewhere(String resource, String except) throws HostException {
        for (String node : nodes) {
            if (node.equals(except)) continue;
            Optional<ResourceStatus> live;
            try {
                live = status.of(node, resource);
            } catch (HostException unreachable) {
                continue; // an unreachable replica is no evidence either way; another must vouch
            }
            if (live.isPresent() && !live.get().devices().isEmpty()
                    && live.get().devices().stream().filter(d -> !d.client()).map(DeviceStatus::diskState).allMatch(s -> s.is(DiskState.UP_TO_DATE))) {
                return true;
            }
        }
        return false;
    }
}
