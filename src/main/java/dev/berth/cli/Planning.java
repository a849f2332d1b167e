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
import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.plan.codec.PlanId;
import dev.berth.source.GitSource;
import dev.berth.source.StackSource;
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
        return plan(stackOptions, stackOptions.source(), flags, err);
    }

    /** The stack from {@code source} (a folder, or a git revision: then its commit is recorded in the basis). */
    static Planned plan(StackOptions stackOptions, StackSource source, PlanFlags flags, PrintWriter err) {
        return plan(stackOptions, source, flags, err, true);
    }

    /** {@code needsAHost}: false for drift, where hosts that do not answer are the report, not an error. */
    static Planned plan(StackOptions stackOptions, StackSource source, PlanFlags flags, PrintWriter err, boolean needsAHost) {
        LoadedStack loaded = StackOptions.loadStack(err, source);
        DesiredCluster cluster = loaded.cluster().orElseThrow();
        Optional<Path> lab = stackOptions.labDir(cluster);
        HostKeyPins keys = new HostKeyPins(Connectors.forStack(cluster, lab), Map.of()); // notes each host key for the target
        Discovery discovery = new Discovery(keys, cluster.connection().parallelism());
        ObservedCluster observed = discovery.discover(DiscoveryTargets.of(cluster));
        if (needsAHost && observed.reachable().isEmpty()) throw new UserError("no host answered; nothing can be planned");
        return planOn(loaded, source, observed, HostKeyPins.withFingerprints(target(cluster, lab), keys.seen()), flags);
    }

    /** A stack planned against hosts already discovered (a change request plans base and head on one discovery). */
    static Planned planOn(LoadedStack loaded, StackSource source, ObservedCluster observed, String target, PlanFlags flags) {
        DesiredCluster cluster = loaded.cluster().orElseThrow();
        PlanRequest request = new PlanRequest(cluster, observed, new PlanOptions(flags.allowDestroy, flags.targets),
                loaded.digest().orElseThrow(), target, retiredNodeIds(observed),
                SecretValues.digests(cluster, ApplyEnvironment.systemEnvironment()));
        Plan plan = Planner.plan(request);
        Optional<GitSource> git = source.git();
        if (git.isPresent()) {
            plan = PlanId.assign(plan, plan.basis().withSource(new Basis.Source(git.get().repository(), git.get().commit(), git.get().path())));
        }
        return new Planned(cluster, observed, plan);
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

    /**
     * Applies any of the stack's hosts say are unfinished. Every host, not only those the plan
     * touches: a crash can leave hosts half applied in a way the plan does not see as a change
     * (found on real hosts: killed after writing resource files, the plan said "No changes").
     */
    static List<UnfinishedApplies.Unfinished> unfinished(Planned planned) {
        return UnfinishedApplies.in(planned.observed(), planned.cluster().nodes().keySet());
    }

    /**
     * What the hosts are: the lab's folder, or every node's address (a plan for one is stale for the
     * other). A plan's target adds each host's key fingerprint to this ({@link HostKeyPins}).
     */
    static String target(DesiredCluster cluster, Optional<Path> lab) {
        if (lab.isPresent()) return "lab:" + lab.get().toAbsolutePath().normalize();
        return cluster.connection().transport().spelling() + ":" + cluster.nodes().values().stream()
                .map(n -> n.name() + "=" + n.address()).collect(Collectors.joining(","));
    }
}
