package dev.berth.spec;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Device;
import dev.berth.desired.StoragePool;
import dev.berth.diag.Diagnostic;
import dev.berth.diag.DidYouMean;
import dev.berth.diag.JsonPointer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pools: their nodes exist and can hold data, and no device is claimed twice on a node. */
final class PoolChecks {
    private PoolChecks() {}

    static List<Diagnostic> check(DesiredCluster cluster) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, String> claimedDevices = new HashMap<>(); // "node path" -> "pool"
        for (StoragePool pool : cluster.storagePools().values()) {
            String at = JsonPointer.of("storagePools", pool.name());
            for (String nodeName : pool.nodes()) {
                String where = pool.devices().containsKey(nodeName) && !pool.devices().isEmpty() ? at + "/devices/" + JsonPointer.escape(nodeName) : at + "/nodes";
                if (cluster.node(nodeName).isEmpty()) {
                    found.add(unknownNode(cluster, where, nodeName));
                } else if (cluster.nodes().get(nodeName).diskless()) {
                    found.add(Diagnostic.error(where, "node '" + nodeName + "' is diskless and cannot hold pool '" + pool.name() + "'"));
                }
            }
            for (String nodeName : pool.devices().keySet()) {
                if (!pool.isOn(nodeName)) {
                    found.add(Diagnostic.error(at + "/devices/" + JsonPointer.escape(nodeName),
                            "devices are given for node '" + nodeName + "', which is not in the pool's nodes"));
                }
                List<Device> devices = pool.devicesOn(nodeName);
                for (int i = 0; i < devices.size(); i++) {
                    String key = nodeName + " " + devices.get(i).path();
                    String owner = claimedDevices.putIfAbsent(key, pool.name());
                    if (owner != null) {
                        found.add(Diagnostic.error(at + "/devices/" + JsonPointer.escape(nodeName) + "/" + i, "device "
                                + devices.get(i).path() + " on node '" + nodeName + "' is already claimed by pool '" + owner + "'"));
                    }
                }
            }
        }
        return found;
    }

    static Diagnostic unknownNode(DesiredCluster cluster, String pointer, String nodeName) {
        Diagnostic d = Diagnostic.error(pointer, "node '" + nodeName + "' is not defined in 'nodes'");
        return DidYouMean.hint(nodeName, cluster.nodes().keySet()).map(d::withHint).orElse(d);
    }
}
