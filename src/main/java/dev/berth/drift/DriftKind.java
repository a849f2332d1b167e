package dev.berth.drift;

/** The closed set of drift kinds, in the order reports list them. */
public enum DriftKind {
    /** Declared in the stack, absent live. */
    MISSING("missing"),
    /** Present on both sides, different: size, DRBD options, peers, placement. */
    CHANGED("changed"),
    /** Marked as Berth's, absent from the stack. */
    ORPHANED("orphaned"),
    /** Live DRBD state a plan does not fix: a replica not UpToDate, a lost peer, split brain, lost quorum, an unreachable host. */
    HEALTH("health");

    private final String spelling;

    DriftKind(String spelling) { this.spelling = spelling; }

    public String spelling() { return spelling; }
}
