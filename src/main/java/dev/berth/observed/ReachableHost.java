package dev.berth.observed;

import java.util.List;
import java.util.Optional;

/** A host that answered the discovery batch, with what it showed and what discovery noticed. */
public record ReachableHost(String node, HostFacts facts, HostInventory inventory, List<Finding> findings)
        implements ObservedHost {
    public ReachableHost {
        Copies.noNulls("ReachableHost", node, facts, inventory, findings);
        findings = Copies.list(findings);
    }

    @Override
    public Optional<ReachableHost> reachable() { return Optional.of(this); }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    public boolean has(FindingKind kind) { return findings.stream().anyMatch(f -> f.kind() == kind); }
}
