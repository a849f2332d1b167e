package dev.berth.plan.placement;

import dev.berth.drbd.HostConfig;

/** The DRBD numbers of one target replica: its node-id within the resource and the port its side listens on. */
public record ReplicaAllocation(String node, int nodeId, int port) {
    public ReplicaAllocation {
        if (nodeId < 0 || nodeId > HostConfig.MAX_NODE_ID) throw new IllegalArgumentException("node-id out of range: " + nodeId);
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
    }
}
