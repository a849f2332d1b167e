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
            String utils = facts.get().drbdUtilsVersion().orElse("");
            for (OptionVersions.Requirement needed : OptionVersions.unmet(settings, utils)) {
                context.refuse(Refusal.Rule.CAPABILITY, Address.node(node), node + " has drbd-utils " + utils + ", but the stack's DRBD option "
                        + needed.section() + "." + needed.option() + " needs drbd-utils " + needed.version() + " or later"
                        + " (drbd-utils ChangeLog " + needed.source() + ")", "upgrade drbd-utils on " + node + ", or drop the option");
            }
        }
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
