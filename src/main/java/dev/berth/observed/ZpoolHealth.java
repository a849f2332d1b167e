package dev.berth.observed;

/** A zpool's {@code health} column (zpoolconcepts(7): the states of a pool's top-level vdevs). */
public enum ZpoolHealth implements Labelled {
    ONLINE("ONLINE"),
    DEGRADED("DEGRADED"),
    FAULTED("FAULTED"),
    OFFLINE("OFFLINE"),
    REMOVED("REMOVED"),
    UNAVAIL("UNAVAIL"),
    SUSPENDED("SUSPENDED"),
    UNRECOGNISED("");

    private final String label;

    ZpoolHealth(String label) { this.label = label; }

    @Override
    public String label() { return label; }
}
