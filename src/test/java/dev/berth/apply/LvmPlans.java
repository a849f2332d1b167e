package dev.berth.apply;

import dev.berth.desired.Backend;
import dev.berth.model.Size;
import dev.berth.ops.BackingTarget;
import dev.berth.ops.PoolOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.testing.PlanBuilder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans of LVM steps only, built by hand on a lab's real state (so their basis is current): a thin
 * pool and one backing volume of {@code r0} per node, optionally grown afterwards. Growing is
 * irreversible, which makes it the resource's commit point.
 */
final class LvmPlans {
    static final String RESOURCE = "r0";
    static final BackingTarget TARGET = new BackingTarget(Backend.LVM_THIN, "vg_fast", Optional.of("thin"));

    private LvmPlans() {}

    static Plan volumes(ApplyLab lab) { return build(lab, false); }

    static Plan volumesThenGrow(ApplyLab lab) { return build(lab, true); }

    private static Plan build(ApplyLab lab, boolean grow) {
        PlanBuilder builder = new PlanBuilder();
        TreeSet<String> nodes = new TreeSet<>(lab.cluster.nodes().keySet());
        for (String node : nodes) {
            String vg = builder.step(new PoolOperations.CreateVolumeGroup(node, "fast", "vg_fast", List.of("/dev/nvme0n1"), List.of()), "pool");
            String thin = builder.step(new PoolOperations.CreateThinPool(node, "fast", "vg_fast", "thin"), "thin pool", vg);
            String volume = builder.step(new VolumeOperations.CreateBackingVolume(node, RESOURCE, 0, "r0_00000", TARGET, Size.ofGiB(1)),
                    "volume", thin);
            if (grow) {
                builder.step(new VolumeOperations.GrowBackingVolume(node, RESOURCE, 0, "r0_00000", TARGET, Size.ofGiB(1), Size.ofGiB(2)),
                        "grow", volume);
            }
        }
        return builder.build(new Basis(lab.cluster.name(), "sha256:test", "lab:test", lab.projections(nodes, Set.of(RESOURCE))));
    }
}
