package dev.berth.plan.placement;

import dev.berth.desired.DesiredCluster;
import dev.berth.desired.Node;
import dev.berth.desired.Placement;
import dev.berth.model.Size;
import dev.berth.observed.BerthFiles;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.DrbdInventory;
import dev.berth.observed.HostInventory;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.ResourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** drbdadm's view of the configuration is preferred to the files; either one alone is enough. */
class ConfiguredViewTest {
    final DesiredCluster desired = Stacks.cluster(ZoneFixture.NODES.subList(0, 3), List.of(Stacks.thinPool("fast", "w1", "w2", "w3")),
            List.of(Stacks.group("g", "fast", 3, Placement.none())), List.of(Stacks.resource("r", "g", Size.ofGiB(1))));

    LiveResource live(int w2NodeId) {
        return LiveResource.of(desired, "r", "vg_fast", 1000).diskful("w1", 0, 7000).diskful("w2", w2NodeId, 7000).diskful("w3", 2, 7000);
    }

    static ConfiguredResource configured(LiveResource resource, String definedAt) {
        return ConfiguredResource.modelled("r", false, Optional.of(definedAt), DefinitionFiles.mirror(resource.config()));
    }

    ObservedCluster cluster(Reading<List<ConfiguredResource>> configured, Reading<List<ResourceFile>> files) {
        List<ObservedHost> hosts = new ArrayList<>();
        for (Node node : desired.nodes().values()) hosts.add(with(ObservedHosts.thinHost(node.name(), "vg_fast", Size.ofGiB(100), "0",
                List.of(), List.of()), configured, files));
        return ObservedHosts.cluster(hosts);
    }

    static ReachableHost with(ReachableHost host, Reading<List<ConfiguredResource>> configured, Reading<List<ResourceFile>> files) {
        HostInventory i = host.inventory();
        BerthFiles f = i.files();
        return new ReachableHost(host.node(), host.facts(), new HostInventory(i.blockDevices(), i.signatures(), i.lvm(), i.zfs(),
                new DrbdInventory(configured, i.drbd().kernel(), i.drbd().status()),
                new BerthFiles(files, f.stateFile(), f.lockHolder(), f.inProgress()), i.linstorFiles()), host.findings());
    }

    @Test
    void drbdadmsViewWinsOverTheFileAndTheFileServesWhenDrbdadmCannotAnswer() {
        Reading<List<ResourceFile>> files = Reading.known(List.of(ObservedHosts.berthFile(live(1))));
        ObservedCluster both = cluster(Reading.known(List.of(configured(live(5), "/etc/drbd.d/r.res:3"))), files);
        assertEquals(5, ExistingReplicas.read(desired, both).of("r").replica("w2").orElseThrow().nodeId());
        ObservedCluster filesOnly = cluster(ObservedHosts.unknownConfiguration(), files);
        assertEquals(1, ExistingReplicas.read(desired, filesOnly).of("r").replica("w2").orElseThrow().nodeId());
    }

    @Test
    void aDefinitionFromLinstorsFolderOrOfUnknownOwnershipIsForeign() {
        ObservedCluster linstor = cluster(Reading.known(List.of(configured(live(1), "/var/lib/linstor.d/r.res:4"))), Reading.known(List.of()));
        ExistingResource fromLinstor = ExistingReplicas.read(Stacks.adopting(desired), linstor).of("r");
        assertTrue(fromLinstor.replicas().isEmpty());
        assertEquals(ForeignDefinition.Owner.LINSTOR, fromLinstor.foreign().get(0).owner());

        ObservedCluster noFiles = cluster(Reading.known(List.of(configured(live(1), "/etc/drbd.d/r.res:3"))),
                Reading.unknown(ObservedHosts.unknownConfiguration().reason().orElseThrow()));
        ForeignDefinition unknown = ExistingReplicas.read(desired, noFiles).of("r").foreign().get(0);
        assertEquals(ForeignDefinition.Owner.UNKNOWN, unknown.owner());
        assertTrue(unknown.why().contains("could not be listed"), unknown.why());
    }

    @Test
    void onlyAHandWrittenDefinitionInEtcDrbdDCanBeAdopted() {
        Reading<List<ResourceFile>> noBerthFiles = Reading.known(List.of());
        ObservedCluster inFolder = cluster(Reading.known(List.of(configured(live(1), "/etc/drbd.d/r.res:3"))), noBerthFiles);
        assertEquals(3, ExistingReplicas.read(Stacks.adopting(desired), inFolder).of("r").replicas().size());
        ObservedCluster inDrbdConf = cluster(Reading.known(List.of(configured(live(1), "/etc/drbd.conf:12"))), noBerthFiles);
        ExistingResource refused = ExistingReplicas.read(Stacks.adopting(desired), inDrbdConf).of("r");
        assertTrue(refused.replicas().isEmpty());
        assertTrue(refused.foreign().get(0).why().endsWith("only resources defined in /etc/drbd.d/ can be adopted"),
                refused.foreign().get(0).why());
    }

    @Test
    void aHostWhoseDrbdStateIsUnreadableIsKnownFromItsPeers() {
        Reading<List<ResourceFile>> files = Reading.known(List.of(ObservedHosts.berthFile(live(1))));
        List<ObservedHost> hosts = new ArrayList<>(cluster(Reading.known(List.of()), files).hosts().values());
        hosts.set(1, with((ReachableHost) hosts.get(1), ObservedHosts.unknownConfiguration(),
                Reading.unknown(ObservedHosts.unknownConfiguration().reason().orElseThrow())));
        ExistingReplica w2 = ExistingReplicas.read(desired, ObservedHosts.cluster(hosts)).of("r").replica("w2").orElseThrow();
        assertTrue(w2.hostReachable());
        assertFalse(w2.seenOnHost());
        assertEquals(1, w2.nodeId());
    }

    @Test
    void aReplicaOnAHostOutsideTheStackKeepsItsNodeIdAndIsReported() {
        DesiredCluster wider = Stacks.cluster(List.of(ZoneFixture.NODES.get(0), ZoneFixture.NODES.get(1), ZoneFixture.NODES.get(2),
                Stacks.node("old-host", 9)), desired.storagePools().values().stream().toList(), desired.resourceGroups().values().stream().toList(),
                desired.resources().values().stream().toList());
        LiveResource withStranger = LiveResource.of(wider, "r", "vg_fast", 1000).diskful("w1", 0, 7000).diskful("old-host", 1, 7000);
        ObservedCluster observed = cluster(Reading.known(List.of()), Reading.known(List.of(ObservedHosts.berthFile(withStranger))));
        ExistingResource live = ExistingReplicas.read(desired, observed).of("r");
        assertEquals(Map.of("old-host", 1), live.strangerHosts());
        Placements placements = dev.berth.plan.placement.Placement.place(desired, observed, ExistingReplicas.read(desired, observed));
        assertEquals(Problem.Kind.UNKNOWN_HOST, placements.of("r").problems().get(0).kind());
        ResourceAllocation allocation = Allocation.allocate(desired, observed, placements, Map.of()).of("r");
        assertEquals(List.of(0, 2, 3), allocation.replicas().stream().map(ReplicaAllocation::nodeId).toList(), "1 is old-host's");
    }
}
