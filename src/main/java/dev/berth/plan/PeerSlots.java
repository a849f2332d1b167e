package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * The bitmap slots of a resource's metadata, which a running DRBD 9 shows nowhere (not in the
 * resource file, {@code drbdadm dump}, {@code drbdsetup show} or {@code status}; only
 * {@code drbdmeta … dump-md} prints it, on a detached volume). Each diskful peer needs one.
 * <ul>
 * <li>Metadata Berth created has the slots it was made with ({@code create-md --max-peers}: the
 *   group's {@code maxPeers} of that day). Its files keep them in a line under the header, so a
 *   later plan keeps using them after {@code maxPeers} changed: for new replicas' metadata, the
 *   backing volumes' size, and a refusal when more diskful peers than slots are asked for.</li>
 * <li>Metadata of an adopted resource was made by another tool (LINSTOR, or a hand-run
 *   {@code create-md} without {@code --max-peers} that sizes it for the peers of that day): its
 *   slots are unknown, so it gets no new diskful replica, when it is adopted and in every later
 *   plan (its files keep a line that says so).</li>
 * </ul>
 * One more peer than the slots would fail in the middle of an apply; the plan refuses it up front.
 */
final class PeerSlots {
    private PeerSlots() {}

    /** Adopted now, or earlier (its Berth file says so): the slots of its metadata are unknown. */
    static boolean unknown(PlanContext context, Resource resource, ReplicaSet replicas) {
        if (AdoptionSteps.adopting(context, resource, replicas)) return true;
        return replicas.current().stream().anyMatch(r -> context.view(r.node()).file(resource.name())
                .filter(f -> f.writtenByBerth() && ResourceFileWriter.hasAdoptedMetadata(f.content())).isPresent());
    }

    /** The file text to write for {@code resource}: with the line that records its slots, or says they are unknown, so the next plan knows. */
    static String text(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation, String text) {
        return unknown(context, resource, replicas) ? ResourceFileWriter.withAdoptedMetadata(text)
                : ResourceFileWriter.withPeerSlots(text, allocation.peerSlots());
    }

    /**
     * Refuses (and returns true) when {@code resource} would gain a diskful replica that its
     * metadata may have no slot for: its slots are unknown, or fewer than its diskful peers.
     */
    static boolean refuse(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation) {
        List<String> gaining = new ArrayList<>();
        replicas.added().stream().filter(r -> !r.diskless()).forEach(r -> gaining.add(r.node()));
        replicas.gainingDisk().forEach(r -> gaining.add(r.node()));
        if (gaining.isEmpty()) return false;
        List<String> existing = replicas.current().stream().filter(r -> !r.diskless()).map(ReplicaSet.Replica::node).toList();
        if (!unknown(context, resource, replicas)) return tooFew(context, resource, replicas, allocation, gaining, existing);
        context.refuse(Refusal.Rule.PEER_SLOTS, Address.resource(resource.name()), resource.name() + " would get a diskful replica on "
                + String.join(", ", gaining) + ", but the peer slots of its existing metadata on " + String.join(", ", existing)
                + " are unknown (another tool created it, and a running DRBD does not show max-peers), so that peer may find no bitmap slot",
                "adopt it on the nodes it has now; before adding a replica, read max-peers with `drbdmeta MINOR v09 DISK internal dump-md`"
                        + " on each detached volume and recreate the metadata with more slots if needed");
        return true;
    }

    /**
     * Berth's metadata has the slots its file records. Refuses when they are fewer than the diskful
     * peers the resource has at once, while new replicas sync and before old ones go.
     */
    private static boolean tooFew(PlanContext context, Resource resource, ReplicaSet replicas, Allocation allocation,
                                  List<String> gaining, List<String> existing) {
        long diskful = replicas.intermediate().stream().filter(r -> !r.diskless()).count();
        int slots = allocation.peerSlots();
        if (diskful - 1 <= slots || existing.isEmpty()) return false;
        int maxPeers = context.cluster.group(resource.group()).map(g -> g.maxPeers()).orElse(slots);
        context.refuse(Refusal.Rule.PEER_SLOTS, Address.resource(resource.name()), resource.name() + " would have " + diskful
                + " diskful replicas at once (new on " + String.join(", ", gaining) + "), which need " + (diskful - 1)
                + " peer slots each, but the metadata on " + String.join(", ", existing) + " was made with " + slots
                + (maxPeers != slots ? " (the group's maxPeers then; it is " + maxPeers + " now, which applies to new resources only)" : ""),
                "keep the resource at " + (slots + 1) + " diskful replicas, or recreate its metadata with more slots"
                        + " (`drbdadm create-md --max-peers N` on each detached volume; its files record the slots in their second line)");
        return true;
    }
}
