package dev.berth.spec;

import dev.berth.desired.Candidates;
import dev.berth.desired.DesiredCluster;
import dev.berth.desired.DrbdSettings;
import dev.berth.desired.Node;
import dev.berth.desired.ReplicaChoice;
import dev.berth.desired.Resource;
import dev.berth.desired.ResourceGroup;
import dev.berth.desired.StoragePool;
import dev.berth.desired.Volume;
import dev.berth.diag.Diagnostic;
import dev.berth.diag.DidYouMean;
import dev.berth.diag.JsonPointer;
import dev.berth.model.Size;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Resources: group and nodes resolve, explicit replicas can hold data, DRBD's limits hold, secrets are complete. */
final class ResourceChecks {
    /** Below this a DRBD volume is all metadata; LINSTOR's minimum gross size is 68 KiB (facts §3). */
    static final Size MINIMUM_VOLUME = Size.ofMiB(1);

    private ResourceChecks() {}

    static List<Diagnostic> check(DesiredCluster cluster, JsonNode document) {
        List<Diagnostic> found = new ArrayList<>();
        for (Resource resource : cluster.resources().values()) {
            String at = JsonPointer.of("resources", resource.name());
            for (Volume volume : resource.volumes()) {
                if (volume.size().isLessThan(MINIMUM_VOLUME)) {
                    found.add(Diagnostic.error(at + "/volumes/" + volume.number() + "/size", "volume size " + volume.size()
                            + " is too small or not representable; the minimum is " + MINIMUM_VOLUME));
                }
            }
            ResourceGroup group = cluster.group(resource.group()).orElse(null);
            if (group == null) {
                Diagnostic d = Diagnostic.error(at + "/group", "resource group '" + resource.group() + "' is not defined in 'resourceGroups'");
                found.add(DidYouMean.hint(resource.group(), cluster.resourceGroups().keySet()).map(d::withHint).orElse(d));
                continue;
            }
            checkSecret(resource.effectiveDrbd(group), at, resource, found);
            resource.explicitNodes().ifPresent(choices -> checkExplicitNodes(cluster, group, resource, choices, document, at, found));
        }
        return found;
    }

    private static void checkExplicitNodes(DesiredCluster cluster, ResourceGroup group, Resource resource,
                                           List<ReplicaChoice> choices, JsonNode document, String at, List<Diagnostic> found) {
        boolean listed = document.at(at + "/nodes").isArray();
        StoragePool pool = cluster.pool(group.pool()).orElse(null);
        int diskful = 0;
        for (int i = 0; i < choices.size(); i++) {
            ReplicaChoice choice = choices.get(i);
            String where = at + "/nodes/" + (listed ? String.valueOf(i) : JsonPointer.escape(choice.node()));
            Node node = cluster.node(choice.node()).orElse(null);
            if (node == null) {
                found.add(PoolChecks.unknownNode(cluster, where, choice.node()));
                continue;
            }
            if (!Candidates.canHoldReplicas(node)) {
                found.add(Diagnostic.error(where, "node '" + node.name() + "' is " + (node.state() == dev.berth.desired.NodeState.LOST ? "lost" : "being evacuated") + " and cannot hold a replica"));
            }
            if (choice.diskless()) continue;
            diskful++;
            if (node.diskless()) {
                found.add(Diagnostic.error(where, "node '" + node.name() + "' is diskless; list it as '" + node.name() + ": { diskless: true }'"));
            } else if (pool != null && !pool.isOn(node.name())) {
                found.add(Diagnostic.error(where, "node '" + node.name() + "' does not have storage pool '" + pool.name() + "'"));
            }
        }
        if (diskful == 0) found.add(Diagnostic.error(at + "/nodes", "a resource needs at least one diskful replica"));
        if (choices.size() > GroupChecks.DRBD_MAX_NODES) {
            found.add(Diagnostic.error(at + "/nodes", choices.size() + " replicas exceed DRBD's limit of " + GroupChecks.DRBD_MAX_NODES + " nodes per resource"));
        }
        if (diskful > group.maxPeers() + 1) {
            found.add(Diagnostic.error(at + "/nodes", diskful + " diskful replicas need " + (diskful - 1) + " peer slots, but the group's maxPeers is " + group.maxPeers()));
        }
        boolean hasDiskless = choices.stream().anyMatch(ReplicaChoice::diskless);
        if (diskful == 2 && !hasDiskless && Candidates.quorumEnabled(resource.effectiveDrbd(group))) {
            found.add(Diagnostic.warning(at + "/nodes", "two diskful replicas with quorum and no tiebreaker: losing either node loses quorum")
                    .withHint("add a diskless replica: '<node>: { diskless: true }'"));
        }
    }

    /** DRBD uses a shared secret only with cram-hmac-alg, and cram-hmac-alg needs a secret. */
    private static void checkSecret(DrbdSettings drbd, String at, Resource resource, List<Diagnostic> found) {
        boolean algorithm = drbd.net().containsKey("cram-hmac-alg");
        if (drbd.sharedSecret().isPresent() && !algorithm) {
            found.add(Diagnostic.error(at, "resource '" + resource.name() + "' has sharedSecretFrom but no net cram-hmac-alg")
                    .withHint("set drbd.net.cram-hmac-alg, e.g. sha256"));
        } else if (algorithm && drbd.sharedSecret().isEmpty()) {
            found.add(Diagnostic.error(at, "resource '" + resource.name() + "' sets net cram-hmac-alg but no sharedSecretFrom")
                    .withHint("add drbd.sharedSecretFrom: { env: NAME } or { file: /path }"));
        }
    }
}
