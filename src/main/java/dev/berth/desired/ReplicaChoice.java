package dev.berth.desired;

/** An explicitly placed replica. */
public record ReplicaChoice(String node, boolean diskless) {}
