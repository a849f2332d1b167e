package dev.berth.plan;

import dev.berth.desired.DrbdSettings;
import dev.berth.model.Address;
import dev.berth.observed.HostFacts;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a host can run what the plan asks of it. Berth writes DRBD 9 configuration (node-ids,
 * many peers, {@code drbdsetup status --json}), which an 8.4 module cannot run and which needs
 * a loaded module at all: {@code drbdadm up} would fail halfway through apply, so the plan is
 * refused up front, naming the host and the version needed. Options too new for the host's
 * drbdadm are refused the same way ({@link OptionVersions}).
 */
final class Capabilities {
    static final String NEEDED = "a DRBD 9 kernel module (9.0 or later)";

    private Capabilities() {}

    /** Refuses every reachable host among {@code nodes} whose DRBD cannot run a replica; once per host, however many resources. */
    static void check(PlanContext context, Collection<String> nodes, DrbdSettings settings) {
        for (String node : nodes) {
            Optional<HostFacts> facts = context.view(node).host().map(h -> h.facts());
            if (facts.isEmpty()) continue; // an unreachable host is refused (or its steps blocked) elsewhere
            Optional<String> problem = problem(facts.get());
            if (problem.isPresent()) {
                context.refuse(Refusal.Rule.CAPABILITY, Address.node(node), node + " must run DRBD replicas, but "
                        + problem.get() + "; Berth needs " + NEEDED, hint(facts.get(), node));
            }
            for (OptionVersions.Component component : OptionVersions.Component.values()) {
                String installed = installed(facts.get(), component);
                for (OptionVersions.Requirement needed : OptionVersions.unmet(settings, component, installed)) {
                    context.refuse(Refusal.Rule.CAPABILITY, Address.node(node), node + " has " + component.name + " " + installed
                            + ", but the stack's DRBD option " + needed.section() + "." + needed.option() + " needs " + component.name + " "
                            + needed.version() + " or later (" + component.changeLog + " " + needed.source() + ")",
                            "upgrade " + component.name + " on " + node + ", or drop the option");
                }
            }
        }
    }

    /**
     * Refuses each host whose drbd-utils or module is older than a feature its steps use
     * ({@link FeatureVersions}): every replica's paths and status polling, diskless replicas,
     * disk changes by adjust, and the initial sync's {@code new-current-uuid} flags.
     */
    static void checkFeatures(PlanContext context, ReplicaSet replicas, java.util.List<String> ids) {
        for (ReplicaSet.Replica replica : replicas.target()) {
            require(context, replica.node(), FeatureVersions.CONNECTION_PATHS);
            require(context, replica.node(), FeatureVersions.STATUS_JSON);
            if (replica.diskless()) require(context, replica.node(), FeatureVersions.INTENTIONAL_DISKLESS);
        }
        replicas.losingDisk().forEach(r -> require(context, r.node(), FeatureVersions.TO_DISKLESS));
        replicas.gainingDisk().forEach(r -> require(context, r.node(), FeatureVersions.TO_DISKFUL));
        for (String id : ids) {
            dev.berth.ops.Operation operation = context.graph.operation(id);
            if (operation instanceof dev.berth.ops.DrbdOperations.SkipInitialSync) require(context, operation.node(), FeatureVersions.SKIP_INITIAL_SYNC);
            if (operation instanceof dev.berth.ops.DrbdOperations.StartInitialSync) require(context, operation.node(), FeatureVersions.FORCE_RESYNC);
        }
    }

    private static void require(PlanContext context, String node, FeatureVersions feature) {
        Optional<HostFacts> facts = context.view(node).host().map(h -> h.facts());
        if (facts.isEmpty() || problem(facts.get()).isPresent()) return; // unreachable, or refused above for its module
        String installed = installed(facts.get(), feature.component);
        Optional<int[]> have = OptionVersions.parse(installed);
        if (have.isEmpty() || !OptionVersions.older(have.get(), feature.version)) return;
        context.refuse(Refusal.Rule.CAPABILITY, Address.node(node), node + " has " + feature.component.name + " " + installed + ", but "
                + feature.what + " needs " + feature.component.name + " " + feature.version + " or later (" + feature.component.changeLog
                + " " + feature.source + ")", "upgrade " + feature.component.name + " on " + node);
    }

    private static String installed(HostFacts facts, OptionVersions.Component component) {
        if (component == OptionVersions.Component.UTILS) return facts.drbdUtilsVersion().orElse("");
        return facts.drbdModule() == dev.berth.observed.DrbdModule.DRBD_9 ? facts.drbdKernelVersion().orElse("") : "";
    }

    private static Optional<String> problem(HostFacts facts) {
        switch (facts.drbdModule()) {
            case DRBD_9:
                return Optional.empty();
            case DRBD_8_4:
                return Optional.of("its DRBD kernel module is " + facts.drbdKernelVersion().orElse("8.4"));
            case NOT_LOADED:
                return Optional.of("no DRBD kernel module is loaded");
            default:
                return Optional.of("drbd-utils is missing or did not say which DRBD module runs");
        }
    }

    private static String hint(HostFacts facts, String node) {
        switch (facts.drbdModule()) {
            case DRBD_8_4:
                return "install the DRBD 9 module on " + node + " (drbd-dkms, or kmod-drbd9x) and reload it while no resource is up";
            case NOT_LOADED:
                return "install the DRBD 9 module on " + node + " and load it (modprobe drbd)";
            default:
                return "install drbd-utils 9 on " + node + " so that drbdadm --version answers";
        }
    }
}
