package dev.berth.testing;

import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;
import dev.berth.model.Size;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.FileOperations;
import dev.berth.ops.VolumeOperations;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Action;
import dev.berth.plan.Plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.berth.testing.SampleResources.FAST;
import static dev.berth.testing.SampleResources.backingName;
import static dev.berth.testing.SampleResources.gross;

/**
 * A plan of any size, for limits and speed: {@code count} new 3-replica resources spread over ten
 * hosts whose pools exist, each with its volumes, files, metadata, up, a wait and the skipped sync.
 */
public final class BigPlans {
    static final int HOSTS = 10;

    private BigPlans() {}

    public static Plan greenfield(int count) {
        PlanBuilder plan = new PlanBuilder();
        Size net = Size.ofGiB(10);
        for (int i = 0; i < count; i++) {
            String resource = String.format("app-%04d", i);
            String[] hosts = {host(i), host(i + 1), host(i + 2)};
            ResourceConfig config = SampleResources.resource(resource, 1000 + i, 7000 + i, "102400k", false, hosts);
            String file = ResourceFileWriter.writeRedacted(config);
            plan.change(Address.resource(resource), List.of(Action.CREATE), Map.of(), SampleAttributes.resource(config, net), resource + " is new in the stack");
            String[] up = new String[hosts.length];
            for (int h = 0; h < hosts.length; h++) {
                String host = hosts[h];
                plan.change(Address.volume(resource, 0, host), List.of(Action.CREATE), Map.of(), SampleAttributes.volume(resource, net), "placed on " + host);
                plan.change(Address.drbd(resource, host), List.of(Action.CREATE), Map.of(), SampleAttributes.drbd(config, host), "placed on " + host);
                String volume = plan.step(new VolumeOperations.CreateBackingVolume(host, resource, 0, backingName(resource), FAST, gross(net)), "new replica");
                String written = plan.step(new FileOperations.WriteResourceFile(host, resource, file, false), "new replica", volume);
                String metadata = plan.step(new DrbdOperations.CreateMetadata(host, resource, 0, SampleResources.PEER_SLOTS), config, "new volume", written);
                up[h] = plan.step(new DrbdOperations.BringUp(host, resource), config, "new replica", metadata);
            }
            String connected = plan.step(new DrbdOperations.WaitFor(hosts[0], resource,
                    new WaitCondition(WaitCondition.Kind.CONNECTED, resource, List.of(hosts))), "before the sync is skipped", up);
            plan.step(new DrbdOperations.SkipInitialSync(hosts[0], resource, 1), config, "new thin volumes read as zeros", connected);
            plan.allocation(SampleAttributes.allocation(config));
        }
        Map<String, String> projections = new TreeMap<>();
        for (int h = 0; h < HOSTS; h++) projections.put(host(h), "{\"drbd\":[],\"volumes\":[]}");
        return plan.build(SampleAttributes.basis(SamplePlans.digest("big-" + count), projections));
    }

    private static String host(int i) { return "worker-" + (i % HOSTS + 1); }
}
