package dev.berth.desired;

import java.util.List;

/** A muted difference: address glob, fields, and the reason every report shows. */
public record DriftIgnore(String address, List<String> fields, String reason) {
    public DriftIgnore {
        fields = List.copyOf(fields);
    }
}
