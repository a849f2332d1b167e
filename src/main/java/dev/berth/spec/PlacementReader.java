package dev.berth.spec;

import dev.berth.desired.Placement;
import tools.jackson.databind.JsonNode;

import java.util.TreeSet;

/** Reads a group's placement block. */
final class PlacementReader {
    private PlacementReader() {}

    static Placement read(JsonNode p) {
        if (!p.isObject()) return Placement.none();
        return new Placement(DesiredClusterReader.text(p, "spreadAcross"), DesiredClusterReader.text(p, "keepTogether"),
                new TreeSet<>(DesiredClusterReader.strings(p.path("avoidNodes"))),
                new TreeSet<>(DesiredClusterReader.strings(p.path("requireNodes"))),
                p.path("disklessTiebreaker").asBoolean(false));
    }
}
