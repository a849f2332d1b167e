package dev.berth.testing;

import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;

import java.nio.file.Path;
import java.util.Map;

/** Plans against a simulated lab, with a fixed target name so that golden plans are the same on every machine. */
public final class PlannedLab {
    public static final String TARGET = "lab:test";
    public static final String DIGEST = "sha256:test";

    private PlannedLab() {}

    public static Plan greenfield(DesiredCluster cluster, Path labDir) {
        SimLab lab = StackLab.reset(cluster, labDir, StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        return plan(cluster, lab, PlanOptions.defaults());
    }

    public static ObservedCluster discover(DesiredCluster cluster, SimLab lab) {
        return new Discovery(new LabConnector(lab), 8).discover(DiscoveryTargets.of(cluster));
    }

    public static Plan plan(DesiredCluster cluster, SimLab lab, PlanOptions options) {
        return Planner.plan(new PlanRequest(cluster, discover(cluster, lab), options, DIGEST, TARGET, Map.of()));
    }
}
