package dev.berth.desired;

/** Shared settings for the resources of a group. */
public record ResourceGroup(String name, String pool, int replicas, Placement placement, int maxPeers, DrbdSettings drbd) {
    public static final int DEFAULT_REPLICAS = 2;
    /** LINSTOR's default peer slots (facts §2). */
    public static final int DEFAULT_MAX_PEERS = 7;
}
