package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.apply.events.ApplyReport;
import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.observed.ObservedCluster;
import dev.berth.plan.Plan;
import dev.berth.plan.PlanOptions;
import dev.berth.plan.PlanRequest;
import dev.berth.plan.Planner;
import dev.berth.plan.Projections;
import dev.berth.sim.CommandRecord;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.testing.Examples;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An example stack on a fresh lab, with an apply engine wired to it in-process: the lab's virtual
 * clock as the engine's time, events collected, the state folder in the test's folder.
 */
final class ApplyLab {
    final DesiredCluster cluster;
    final SimLab lab;
    final Path stateDir;
    final List<ApplyEvent> events = new CopyOnWriteArrayList<>();
    Map<String, String> environment = Map.of();

    ApplyLab(String example, Path dir) { this(example, dir.resolve("lab"), dir.resolve("state")); }

    /** A lab where the CLI finds it ({@code STATE/lab/<stack>}), so that commands and the in-process engine share it. */
    ApplyLab(String example, Path labDir, Path stateDir) {
        this.cluster = Examples.load(example);
        this.lab = StackLab.reset(cluster, labDir, StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults());
        this.stateDir = stateDir;
    }

    ObservedCluster observe() { return new Discovery(new LabConnector(lab), 4).discover(DiscoveryTargets.of(cluster)); }

    Plan plan(String... targets) {
        return Planner.plan(new PlanRequest(cluster, observe(), new PlanOptions(false, List.of(targets)), "sha256:test", "lab:test", Map.of(),
                SecretValues.digests(cluster, name -> Optional.ofNullable(environment.get(name)))));
    }

    /** What the hosts look like now, projected as the plan's basis projects them. */
    SortedMap<String, String> projections(Collection<String> nodes, Set<String> resources) {
        return Projections.of(observe(), nodes, resources);
    }

    SortedMap<String, String> projections(Plan plan) {
        return projections(ApplyEngine.nodes(plan), BasisCheck.touchedResources(plan));
    }

    ApplyEngine engine(ApplyOptions options) {
        return new ApplyEngine(environment(), options.withHolder("test@lab"));
    }

    ApplyEngine engine() { return engine(ApplyOptions.defaults().withParallelism(2)); }

    ApplyReport apply(Plan plan) { return engine().apply(plan); }

    ApplyEnvironment environment() {
        return new ApplyEnvironment(new LabConnector(lab), DiscoveryTargets.of(cluster), clock(lab),
                name -> Optional.ofNullable(environment.get(name)), stateDir, events::add, Map.of("stack_path", cluster.name()));
    }

    /** The lab's virtual clock: a sleep moves it forward, which is also what makes simulated resyncs progress. */
    static Sleeper clock(SimLab lab) {
        return new Sleeper() {
            @Override public Instant now() { return lab.clock().now(); }

            @Override public void sleep(Duration duration) { lab.clock().advance(duration); }
        };
    }

    List<String> history(String node) {
        return lab.history().stream().filter(r -> r.node().equals(node) && r.outcome() == CommandRecord.Outcome.RAN)
                .map(CommandRecord::line).toList();
    }

    Path journal(ApplyReport report) { return Path.of(report.journal().orElseThrow()); }
}
