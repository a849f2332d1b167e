package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.model.Address;
import dev.berth.observed.ObservedCluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the step builders share while one plan is made: inputs, the graph, and what they found. */
final class PlanContext {
    final DesiredCluster cluster;
    final ObservedCluster observed;
    final PlanOptions options;
    final StepGraph graph;
    final List<ResourceChange> changes = new ArrayList<>();
    final List<Refusal> refusals = new ArrayList<>();
    final List<Deferral> deferrals = new ArrayList<>();
    /** Per node, the id of the last step that builds each pool there, so volumes wait for their pool. */
    final Map<String, String> poolSteps;

    /** Source → digest of the shared secrets' current values, as the request brought them. */
    final Map<String, String> secretDigests;

    PlanContext(DesiredCluster cluster, ObservedCluster observed, PlanOptions options, Map<String, String> secretDigests) {
        this.cluster = cluster;
        this.observed = observed;
        this.options = options;
        this.secretDigests = secretDigests;
        this.graph = new StepGraph();
        this.poolSteps = new HashMap<>();
    }

    private PlanContext(PlanContext parent) {
        this.cluster = parent.cluster;
        this.observed = parent.observed;
        this.options = parent.options;
        this.secretDigests = parent.secretDigests;
        this.graph = parent.graph.child();
        this.poolSteps = java.util.Collections.unmodifiableMap(parent.poolSteps);
    }

    /**
     * A context for one resource, planned on its own thread: the same inputs and pools, its own
     * steps, changes and refusals, which {@link #absorbAll} takes over in the resources' order.
     */
    PlanContext fork() { return new PlanContext(this); }

    void absorbAll(List<PlanContext> forks) {
        graph.absorbAll(forks.stream().map(fork -> fork.graph).toList());
        for (PlanContext fork : forks) {
            changes.addAll(fork.changes);
            deferrals.addAll(fork.deferrals);
            fork.refusals.forEach(r -> refuse(r.rule(), r.address(), r.message(), r.hint()));
        }
    }

    HostView view(String node) { return new HostView(observed, node); }

    /** Records a refusal once, however many resources run into the same one. */
    void refuse(Refusal.Rule rule, Address address, String message, String hint) {
        Refusal refusal = new Refusal(rule, address, message, hint);
        if (!refusals.contains(refusal)) refusals.add(refusal);
    }

    static String poolKey(String pool, String node) { return pool + "@" + node; }
}
