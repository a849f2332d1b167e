package dev.berth.drift;

import dev.berth.desired.DesiredCluster;
import dev.berth.model.Address;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the collectors share: both sides, the plan, the user's targets, the hosts' last applies, and the items found so far. */
final class DriftContext {
    final DesiredCluster desired;
    final ObservedCluster observed;
    final Plan plan;
    final PlanOptions options;
    final AppliedStates applied;
    final List<DriftItem> items = new ArrayList<>();
    private final java.util.Set<Address> covered = new java.util.HashSet<>();
    /** The resource file each writing step of the plan would leave, by address (for field-level comparison). */
    final java.util.Map<Address, String> plannedFiles = new java.util.HashMap<>();

    DriftContext(DesiredCluster desired, ObservedCluster observed, Plan plan, PlanOptions options) {
        this.desired = desired;
        this.observed = observed;
        this.plan = plan;
        this.options = options;
        this.applied = AppliedStates.read(observed, plan.basis().specDigest());
        plan.steps().forEach(step -> OptionDrift.content(step.operation()).ifPresent(text -> plannedFiles.putIfAbsent(step.address(), text)));
    }

    void add(DriftKind kind, Address address, String field, String expected, String actual, String action) {
        Optional<String> host = address.node().or(() -> address.kind() == Address.Kind.NODE ? Optional.of(address.name()) : Optional.empty());
        covered.add(address);
        items.add(new DriftItem(kind, address, host, field, orNone(expected), orNone(actual), orNone(action), applied.originOf(host)));
    }

    /** A refusal without a hint, a change without a "before": said, not left blank. */
    private static String orNone(String text) { return text.isBlank() ? "(none)" : text; }

    /** Whether some item already speaks about this address (the plan's view comes first, the observed checks only add). */
    boolean covers(Address address) { return covered.contains(address); }
}
