package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.NodeState;
import dev.berth.desired.Placement;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.model.Size;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ResourceFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random but seeded clusters for the placement properties: 3–10 nodes in 1–4 zones, some in
 * maintenance, evacuating, lost, diskless or unreachable; one lvm-thin pool (thin, so free space
 * ranks and never blocks); three groups with random rules; up to 12 resources, some with explicit
 * nodes, some already live on 1–3 nodes with distinct minors and ports.
 */
final class RandomClusters {
    final DesiredCluster desired;
    final ObservedCluster observed;

    private RandomClusters(DesiredCluster desired, ObservedCluster observed) {
        this.desired = desired;
        this.observed = observed;
    }

    static RandomClusters generate(long seed) {
        Random random = new Random(seed);
        int zones = 1 + random.nextInt(4);
        List<Node> nodes = new ArrayList<>();
        List<String> storage = new ArrayList<>();
        for (int i = 1; i <= 3 + random.nextInt(8); i++) {
            String name = String.format("n%02d", i);
            Node plain = Stacks.node(name, i, "zone", "z" + random.nextInt(zones));
            boolean diskless = random.nextInt(10) == 0;
            NodeState state = random.nextInt(10) < 7 ? NodeState.ACTIVE : NodeState.values()[random.nextInt(4)];
            nodes.add(new Node(name, plain.address(), name, plain.address(), plain.labels(), state, diskless, plain.ports()));
            if (!diskless && random.nextInt(10) > 0) storage.add(name);
        }
        StoragePool pool = Stacks.thinPool("fast", storage.toArray(String[]::new));
        List<ResourceGroup> groups = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            TreeSet<String> avoid = new TreeSet<>();
            if (random.nextInt(5) == 0) avoid.add(nodes.get(random.nextInt(nodes.size())).name());
            Placement placement = new Placement(random.nextBoolean() ? Optional.of("zone") : Optional.empty(), Optional.empty(), avoid,
                    new TreeSet<>(), random.nextInt(3) == 0);
            groups.add(Stacks.group("g" + g, "fast", 1 + random.nextInt(3), placement));
        }
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(12); r++) {
            Resource resource = Stacks.resource(String.format("r%02d", r), "g" + random.nextInt(3), Size.ofGiB(1 + random.nextInt(50)));
            if (random.nextInt(7) == 0) resource = Stacks.explicit(resource, pick(random, storage, 1 + random.nextInt(2)).toArray(String[]::new));
            resources.add(resource);
        }
        DesiredCluster desired = Stacks.cluster(nodes, List.of(pool), groups, resources);
        Map<String, List<ResourceFile>> files = new HashMap<>();
        for (int r = 0; r < resources.size(); r++) {
            if (random.nextInt(5) >= 2 || storage.isEmpty()) continue;
            LiveResource live = LiveResource.of(desired, resources.get(r).name(), "vg_fast", 1000 + r);
            List<String> on = pick(random, storage, 1 + random.nextInt(Math.min(3, storage.size())));
            List<Integer> ids = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
            Collections.shuffle(ids, random);
            for (int i = 0; i < on.size(); i++) live.diskful(on.get(i), ids.get(i), 7000 + r);
            on.forEach(node -> files.computeIfAbsent(node, n -> new ArrayList<>()).add(ObservedHosts.berthFile(live)));
        }
        List<ObservedHost> hosts = new ArrayList<>();
        for (Node node : nodes) {
            boolean down = node.state() == NodeState.LOST || random.nextInt(12) == 0;
            hosts.add(down ? ObservedHosts.down(node.name()) : ObservedHosts.thinHost(node.name(), "vg_fast", Size.ofBytes(Size.TIB),
                    String.valueOf(random.nextInt(90)), files.getOrDefault(node.name(), List.of()), List.of()));
        }
        return new RandomClusters(desired, ObservedHosts.cluster(hosts));
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
