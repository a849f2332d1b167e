package dev.berth.drift;

import dev.berth.model.Address;
import dev.berth.plan.Unmanaged;

import java.util.List;
import java.util.Objects;

/**
 * The drift of one stack: per host the last apply, every difference (sorted), the muted ones
 * with their reasons, what lives beside Berth's objects without its marker (information, never
 * drift), and every address that was checked, so that a report can say what is in order too.
 */
public record DriftReport(String stack, String specDigest, List<HostApply> hosts, List<DriftItem> drift, List<IgnoredDrift> ignored,
                          List<Unmanaged> unmanaged, List<Address> checked) {
    public DriftReport {
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(specDigest, "specDigest");
        hosts = List.copyOf(hosts);
        drift = drift.stream().sorted().toList();
        ignored = ignored.stream().sorted(java.util.Comparator.comparing(IgnoredDrift::item)).toList();
        unmanaged = List.copyOf(unmanaged);
        checked = checked.stream().distinct().sorted().toList();
    }

    public boolean hasDrift() { return !drift.isEmpty(); }

    public long count(DriftKind kind) { return drift.stream().filter(d -> d.kind() == kind).count(); }

    public List<DriftItem> drift(Origin origin) { return drift.stream().filter(d -> d.origin() == origin).toList(); }

    /** {@code 3 drifted (1 missing, 1 changed, 0 orphaned, 1 health), 1 ignored} */
    public String summary() {
        StringBuilder text = new StringBuilder().append(drift.size()).append(" drifted (");
        for (DriftKind kind : DriftKind.values()) {
            text.append(count(kind)).append(' ').append(kind.spelling()).append(kind.ordinal() < DriftKind.values().length - 1 ? ", " : "");
        }
        return text.append("), ").append(ignored.size()).append(" ignored").toString();
    }
}
