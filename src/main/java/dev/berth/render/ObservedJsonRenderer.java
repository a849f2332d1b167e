package dev.berth.render;

import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import tools.jackson.databind.node.ObjectNode;

/** The whole observed model as JSON, one object per host with its reachability spelled out. */
public final class ObservedJsonRenderer {
    public static final int FORMAT_VERSION = 1;

    private ObservedJsonRenderer() {}

    /** Builds the serializers of the observed model ahead of a render (Jackson introspects each record type once). */
    public static void warmUp() {
        JsonSupport.MAPPER.writerFor(ObservedHost.class);
    }

    public static String render(ObservedCluster cluster) {
        ObjectNode root = JsonSupport.object();
        root.put("format_version", FORMAT_VERSION);
        ObjectNode hosts = root.putObject("hosts");
        for (ObservedHost host : cluster.hosts().values()) {
            ObjectNode node = JsonSupport.MAPPER.valueToTree(host);
            node.put("reachable", host.isReachable());
            hosts.set(host.node(), node);
        }
        return JsonSupport.write(root);
    }
}
