package dev.berth.desired;

/** What the admin says about a node's life cycle. */
public enum NodeState {
    /** Normal operation. */
    ACTIVE,
    /** Nothing changes on this node; its resources are left as they are. */
    MAINTENANCE,
    /** Its replicas move elsewhere: add, wait for UpToDate, remove. */
    EVACUATE,
    /** Gone for good: survivors forget it and its replicas are placed anew. */
    LOST;

    public String spelling() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** May new replicas be placed here? */
    public boolean acceptsReplicas() { return this == ACTIVE; }
}
