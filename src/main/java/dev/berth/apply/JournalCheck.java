package dev.berth.apply;

import dev.berth.journal.JournalHistory;
import dev.berth.journal.Phase;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceStatus;
import dev.berth.ops.Operation;
import dev.berth.ops.PoolOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.plan.Projections;
import dev.berth.plan.Step;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What {@code --resume} and {@code rollback} check on freshly discovered hosts before they touch
 * anything, since a person may have worked on the cluster since the apply stopped:
 * <ul>
 * <li>an object the journal records as made (a volume group, thin pool, zpool, backing volume)
 *     must still be there: undoing or building on a vanished one would act on someone else's;</li>
 * <li>for a resume, every object the stopped apply never touched must still be as the plan's basis
 *     recorded it, since the remaining steps were planned from that;</li>
 * <li>a resource the session would touch must not have become Primary or open (in use) on any
 *     host since the plan: taking it down or rewriting it under a workload is not Berth's call.</li>
 * </ul>
 * Each problem is one line naming the object and what changed.
 */
final class JournalCheck {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JournalCheck() {}

    static List<String> problems(ApplyRun run, JournalHistory history, ObservedCluster observed, boolean forward) {
        List<String> problems = new ArrayList<>();
        List<Step> touched = run.plan.steps().stream().filter(s -> history.phase(s.id()) != Phase.NOT_STARTED).toList();
        for (Step step : touched) {
            if (history.phase(step.id()) != Phase.FINISHED || !madeAnObject(step.operation())) continue;
            if (touched.stream().anyMatch(other -> other.address().equals(step.address()) && removes(other.operation()))) continue;
            Optional<ReachableHost> host = reachable(observed, step.host());
            if (host.isPresent() && !step.operation().isDone(host.get())) {
                problems.add(step.id() + ": the journal records it done, but " + step.host() + " no longer shows it (" + step.summary()
                        + "); someone changed it since");
            }
        }
        if (forward) problems.addAll(untouchedChanges(run, observed, touched));
        Set<String> resources = new TreeSet<>();
        run.plan.steps().stream().filter(s -> forward ? !history.phase(s.id()).isDone() : touched.contains(s))
                .forEach(s -> s.address().resourceName().ifPresent(resources::add));
        problems.addAll(inUse(run, observed, resources));
        return problems;
    }

    /** Objects of the basis that no started step touched, compared with the basis: they must not have moved. */
    private static List<String> untouchedChanges(ApplyRun run, ObservedCluster observed, List<Step> touched) {
        Set<String> resources = new TreeSet<>();
        Set<String> poolHosts = new TreeSet<>();
        for (Step step : touched) {
            if (step.address().resourceName().isPresent()) resources.add(step.address().resourceName().get());
            else poolHosts.add(step.host());
        }
        SortedMap<String, String> now = Projections.of(observed, run.plan.basis().hostProjections().keySet(), BasisCheck.touchedResources(run.plan));
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> planned : run.plan.basis().hostProjections().entrySet()) {
            String node = planned.getKey();
            String current = now.get(node);
            if (current == null) continue; // an undiscovered host fails the step that needs it, and says so
            changes.addAll(ProjectionDifferences.between(node, planned.getValue(), current,
                    (section, key) -> !touchedObject(section, key, resources, poolHosts.contains(node))));
        }
        changes.replaceAll(line -> line + " (not touched by the stopped apply; the rest of the plan was made without it)");
        return changes;
    }

    private static boolean touchedObject(String section, String key, Set<String> resources, boolean poolTouchedHere) {
        switch (section) {
            case "kernel": return resources.contains(key);
            case "resource_files": return resources.contains(key.replaceFirst("^.*/", "").replaceFirst("\\.res$", ""));
            case "volumes": {
                String name = key.replaceFirst("^.*/", "");
                return poolTouchedHere || resources.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "_"));
            }
            case "volume_groups": return poolTouchedHere;
            default: return false;
        }
    }

    /** A resource now Primary or open on a host where the basis did not show it Primary. */
    private static List<String> inUse(ApplyRun run, ObservedCluster observed, Set<String> resources) {
        List<String> problems = new ArrayList<>();
        for (String node : ApplyEngine.nodes(run.plan)) {
            Optional<ReachableHost> host = reachable(observed, node);
            if (host.isEmpty()) continue;
            for (ResourceStatus status : host.get().inventory().drbd().status().value().orElse(List.of())) {
                if (!resources.contains(status.name()) || wasPrimary(run, node, status.name())) continue;
                boolean primary = status.role().is(DrbdRole.PRIMARY);
                boolean open = status.devices().stream().map(DeviceStatus::open).anyMatch(o -> o.orElse(false));
                if (primary || open) {
                    problems.add(status.name() + " is " + (primary ? "Primary" : "open (in use)") + " on " + node
                            + " now, and was not when planned; stop the workload there (or demote it) first");
                }
            }
        }
        return problems;
    }

    private static boolean wasPrimary(ApplyRun run, String node, String resource) {
        String projection = run.plan.basis().hostProjections().get(node);
        if (projection == null) return false;
        for (JsonNode kernel : JSON.readTree(projection).path("kernel")) {
            if (kernel.path("name").asString().equals(resource) && kernel.path("role").asString().equalsIgnoreCase("Primary")) return true;
        }
        return false;
    }

    private static boolean madeAnObject(Operation operation) {
        return operation instanceof PoolOperations.CreateVolumeGroup || operation instanceof PoolOperations.CreateThinPool
                || operation instanceof PoolOperations.CreateZpool || operation instanceof VolumeOperations.CreateBackingVolume;
    }

    private static boolean removes(Operation operation) { return operation instanceof VolumeOperations.RemoveBackingVolume; }

    private static Optional<ReachableHost> reachable(ObservedCluster observed, String node) {
        return Optional.ofNullable(observed.hosts().get(node)).flatMap(ObservedHost::reachable);
    }
}
