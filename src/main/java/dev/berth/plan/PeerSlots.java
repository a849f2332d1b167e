package dev.berth.plan;

import dev.berth.desired.Resource;
import dev.berth.drbd.ResourceFileWriter;
import dev.berth.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * The bitmap slots of metadata that Berth did not create are unknown: a live DRBD 9 shows
 * max-peers nowhere (not in the resource file, {@code drbdadm dump}, {@code drbdsetup show} or
 * {@code status}; only {@code drbdmeta … dump-md} prints it, on a detached volume), and LINSTOR or
 * a hand-run {@code create-md} without {@code --max-peers} sizes it for the peers of that day. So
 * an adopted resource gets no new diskful replica, when it is adopted and in every later plan (its
 * files keep a line that says so): one more peer than its slots would fail in the middle of an
 * apply. Metadata Berth created has the group's {@code maxPeers}, which the stack checks.
 */
final class PeerSlots {
    private PeerSlots() {}

    /** Adopted now, or earlier (its Berth file says so): the slots of its metadata are unknown. */
    static boolean unknown(PlanContext context, Resource resource, ReplicaSet replicas) {
        if (AdoptionSteps.adopting(context, resource, replicas)) return true;
        return replicas.current().stream().anyMatch(r -> context.view(r.node()).file(resource.name())
                .filter(f -> f.writtenByBerth() && ResourceFileWriter.hasAdoptedMetadata(f.content())).isPresent());
    }

    /** The file text to write for {@code resource}: with the adopted-metadata line when its slots are unknown, so the next plan knows too. */
    static String text(PlanContext context, Resource resource, ReplicaSet replicas, String text) {
        return unknown(context, resource, replicas) ? ResourceFileWriter.withAdoptedMetadata(text) : text;
    }

    /** Refuses (and returns true) when {@code resource}'s peer slots are unknown and it would gain a diskful replica. */
    static boolean refuse(PlanContext context, Resource resource, ReplicaSet replicas) {
        if (!unknown(context, resource, replicas)) return false;
        List<String> gaining = new ArrayList<>();
        replicas.added().stream().filter(r -> !r.diskless()).forEach(r -> gaining.add(r.node()));
        replicas.gainingDisk().forEach(r -> gaining.add(r.node()));
        if (gaining.isEmpty()) return false;
        List<String> existing = replicas.current().stream().filter(r -> !r.diskless()).map(ReplicaSet.Replica::node).toList();
        context.refuse(Refusal.Rule.PEER_SLOTS, Address.resource(resource.name()), resource.name() + " would get a diskful replica on "
                + String.join(", ", gaining) + ", but the peer slots of its existing metadata on " + String.join(", ", existing)
                + " are unknown (another tool created it, and a running DRBD does not show max-peers), so that peer may find no bitmap slot",
                "adopt it on the nodes it has now; before adding a replica, read max-peers with `drbdmeta MINOR v09 DISK internal dump-md`"
                        + " on each detached volume and recreate the metadata with more slots if needed");
        return true;
    }
}
