package dev.berth.desired;

import java.util.List;
import java.util.Optional;

/**
 * A DRBD resource. {@code explicitNodes} is present when the stack lists the nodes; otherwise the
 * planner places the replicas by the group's rules. {@code drbd} holds only this resource's own
 * overrides; {@link #effectiveDrbd} merges them over the group's.
 */
public record Resource(String name, String group, List<Volume> volumes, Optional<List<ReplicaChoice>> explicitNodes,
                       DrbdSettings drbd, boolean preventDestroy) {
    public Resource {
        volumes = List.copyOf(volumes);
        explicitNodes = explicitNodes.map(List::copyOf);
    }

    public DrbdSettings effectiveDrbd(ResourceGroup resourceGroup) { return resourceGroup.drbd().overriddenBy(drbd); }
}
