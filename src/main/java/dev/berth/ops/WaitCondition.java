package dev.berth.ops;

import java.util.List;

/**
 * What a step waits for before the next one may start, checked against the resource's live
 * status: every named node connected, or every named node UpToDate with no resync running.
 */
public record WaitCondition(Kind kind, String resource, List<String> nodes) {
    public enum Kind { CONNECTED, UP_TO_DATE }

    public WaitCondition {
        nodes = List.copyOf(nodes);
    }

    @Override
    public String toString() {
        return (kind == Kind.CONNECTED ? "all connected" : "UpToDate") + " on " + String.join(", ", nodes);
    }
}
