package dev.berth.drbd;

import dev.berth.model.Command;

/**
 * drbdsetup lines that address a peer by node-id rather than through the resource file. Removing
 * a replica needs them: the new file no longer names the leaving peer, so {@code drbdadm
 * del-peer r0:gone} cannot find it, while the kernel still holds its connection and bitmap slot.
 */
public final class DrbdsetupCommands {
    private DrbdsetupCommands() {}

    /** Tears down the connection to a peer (the connection must be gone before forget-peer). */
    public static Command delPeer(String resource, int nodeId) {
        return Command.of("drbdsetup", "del-peer", Names.requireResourceName(resource), nodeId(nodeId));
    }

    /** Frees the peer's bitmap slot so a future node-id can use it (LINSTOR does this on removal). */
    public static Command forgetPeer(String resource, int nodeId) {
        return Command.of("drbdsetup", "forget-peer", Names.requireResourceName(resource), nodeId(nodeId));
    }

    /** Takes the whole resource down on this host. */
    public static Command down(String resource) {
        return Command.of("drbdsetup", "down", Names.requireResourceName(resource));
    }

    private static String nodeId(int nodeId) {
        if (nodeId < 0 || nodeId > HostConfig.MAX_NODE_ID) throw new IllegalArgumentException("node-id out of range 0..31: " + nodeId);
        return Integer.toString(nodeId);
    }
}
