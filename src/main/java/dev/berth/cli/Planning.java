package dev.berth.cli;

import dev.berth.apply.ApplyEngine;
import dev.berth.apply.ApplyEnvironment;
import dev.berth.apply.SecretValues;
import dev.berth.apply.UnfinishedApplies;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.journal.HostStateRecord;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.spec.LoadedStack;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stack → discovery → plan, as plan, graph and apply all need it. */
final class Planning {
    private Planning() {}

    record Planned(DesiredCluster cluster, ObservedCluster observed, Plan plan) {}

    static Planned plan(StackOptions stackOptions, PlanFlags flags, PrintWriter err) {
        LoadedStack loaded = stackOptions.loadStack(err);
        DesiredCluster cluster = loaded.cluster().orElseThrow();
        Optional<Path> lab = stackOptions.labDir(cluster);
        Discovery discovery = new Discovery(Connectors.forStack(cluster, lab), cluster.connection().parallelism());
        ObservedCluster observed = discovery.discover(DiscoveryTargets.of(cluster));
        if (observed.reachable().isEmpty()) throw new UserError("no host answered; nothing can be planned");
        PlanRequest request = new PlanRequest(cluster, observed, new PlanOptions(flags.allowDestroy, flags.targets),
                loaded.digest().orElseThrow(), target(cluster, lab), retiredNodeIds(observed),
                SecretValues.digests(cluster, ApplyEnvironment.systemEnvironment()));
        return new Planned(cluster, observed, Planner.plan(request));
    }

    /**
     * Every node-id any host's state file retired, per resource. The union over hosts, because a
     * host that missed the last state write (unreachable then) must not make an id reusable: DRBD
     * would take a new replica with a retired id for the old one and trust its stale bitmap.
     */
    static Map<String, Set<Integer>> retiredNodeIds(ObservedCluster observed) {
        Map<String, Set<Integer>> retired = new TreeMap<>();
        observed.reachable().forEach(host -> host.inventory().files().stateFile().value().flatMap(text -> text)
                .flatMap(HostStateRecord::parse).ifPresent(record -> record.retiredNodeIds().forEach((resource, ids) ->
                        retired.computeIfAbsent(resource, r -> new TreeSet<>()).addAll(ids))));
        return retired;
    }

    /** Applies the involved hosts say are unfinished. */
    static List<UnfinishedApplies.Unfinished> unfinished(Planned planned) {
        return UnfinishedApplies.in(planned.observed(), ApplyEngine.nodes(planned.plan()));
    }

    /** What the hosts are: the lab's folder, or every node's address (a plan for one is stale for the other). */
    static String target(DesiredCluster cluster, Optional<Path> lab) {
        if (lab.isPresent()) return "lab:" + lab.get().toAbsolutePath().normalize();
        return cluster.connection().transport().spelling() + ":" + cluster.nodes().values().stream()
                .map(n -> n.name() + "=" + n.address()).collect(Collectors.joining(","));
    }
}
