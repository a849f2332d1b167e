package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.discovery.Discovery;
import dev.berth.discovery.DiscoveryTargets;
import dev.berth.lab.StackLab;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;
import dev.berth.sim.LabConnector;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A stack on the simulated lab, discovered for real: pools are built by the lab, live resources
 * are planted as resource files (the lab's drbdadm does not dump yet, so the files are what
 * existing-replica reading falls back on), and discovery runs its whole batch over the lab.
 */
final class LabCluster {
    final DesiredCluster desired;
    final SimLab lab;

    private LabCluster(DesiredCluster desired, SimLab lab) {
        this.desired = desired;
        this.lab = lab;
    }

    static LabCluster of(DesiredCluster desired, Path dir) { return of(desired, dir, StackLab.DEFAULT_DEVICE_SIZE); }

    static LabCluster of(DesiredCluster desired, Path dir, Size deviceSize) {
        return new LabCluster(desired, StackLab.reset(desired, dir, deviceSize, LabOptions.defaults()));
    }

    /** Plants Berth's file for the resource on every node it names. */
    LabCluster live(LiveResource resource, String... nodes) {
        for (String node : nodes) writeFile(node, "/etc/drbd.d/" + resource.config().name() + ".res", resource.berthFile());
        return this;
    }

    LabCluster writeFile(String node, String path, String text) {
        try (Host host = lab.connect(node)) {
            host.run(Command.of("mkdir", "-p", path.substring(0, path.lastIndexOf('/'))));
            host.writeFile(path, text, "0644");
        } catch (HostException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    LabCluster run(String node, String... argv) {
        CommandResult result = lab.host(node).run(Command.of(argv[0], java.util.Arrays.copyOfRange(argv, 1, argv.length)), "");
        if (!result.succeeded()) throw new IllegalStateException(String.join(" ", argv) + ": " + result.firstErrorLine());
        return this;
    }

    LabCluster down(String node) {
        lab.down(node);
        return this;
    }

    ObservedCluster observe() {
        return new Discovery(new LabConnector(lab), 8).discover(DiscoveryTargets.of(desired));
    }

    ExistingReplicas existing() { return ExistingReplicas.read(desired, observe()); }

    Placements place() {
        ObservedCluster observed = observe();
        return Placement.place(desired, observed, ExistingReplicas.read(desired, observed));
    }

    Allocations allocate(Map<String, Set<Integer>> retired) {
        ObservedCluster observed = observe();
        Placements placements = Placement.place(desired, observed, ExistingReplicas.read(desired, observed));
        return Allocation.allocate(desired, observed, placements, retired);
    }
}
