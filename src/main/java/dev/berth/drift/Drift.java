package dev.berth.drift;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.StoragePool;
import dev.berth.model.Address;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Allocation;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.Unmanaged;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * (desired, observed, plan) → drift report. Pure: no I/O, no clock. {@code plan} must be the
 * plan of this desired and observed cluster under the same {@code options} (the CLI and the
 * reconcile loop have it already); its changes and refusals come first, then what only the
 * observed side shows (replicas down or without their disk, then health), then muting.
 */
public final class Drift {
    private Drift() {}

    public static DriftReport report(DesiredCluster desired, ObservedCluster observed, Plan plan, PlanOptions options) {
        DriftContext context = new DriftContext(desired, observed, plan, options);
        List<Unmanaged> unmanaged = new PlanDrift(context).collect();
        new ReplicaDrift(context).collect();
        new HealthDrift(context).collect();
        List<DriftItem> drift = new ArrayList<>();
        List<IgnoredDrift> ignored = new ArrayList<>();
        for (DriftItem item : context.items) {
            Optional<IgnoredDrift> muted = Muting.mute(item, desired.driftIgnore());
            if (muted.isPresent()) ignored.add(muted.get());
            else drift.add(item);
        }
        List<Address> checked = checked(desired, plan, options);
        context.items.forEach(i -> checked.add(i.address()));
        return new DriftReport(desired.name(), plan.basis().specDigest(), context.applied.hosts(), drift, ignored, unmanaged, checked);
    }

    /** Every address the report vouches for: each node (reachability), each pool on an active node, each resource and replica. */
    private static List<Address> checked(DesiredCluster desired, Plan plan, PlanOptions options) {
        List<Address> checked = new ArrayList<>();
        for (Node node : desired.nodes().values()) {
            checked.add(Address.node(node.name()));
            for (StoragePool pool : desired.storagePools().values()) {
                Address address = Address.pool(pool.name(), node.name());
                if (pool.isOn(node.name()) && node.state() == NodeState.ACTIVE && options.targets(address)) checked.add(address);
            }
        }
        desired.resources().keySet().stream().map(Address::resource).filter(options::targets).forEach(checked::add);
        for (Allocation allocation : plan.allocations()) {
            allocation.nodeIds().keySet().forEach(node -> checked.add(Address.drbd(allocation.resource(), node)));
        }
        return checked;
    }
}
