package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two peers that can reach each other connect: per volume the generations decide (see
 * {@link Generations}), sizes are agreed, disk states settle, resyncs start; a split brain or
 * unrelated data drops both ends to StandAlone, as DRBD does after "Split-Brain detected but
 * unresolved, dropping connection!". A lost link is the reverse: Connecting (or StandAlone when
 * nobody asked to connect), peer states unknown, resyncs interrupted.
 */
final class Handshake {
    private Handshake() {}

    static void connect(Member a, ConnectionState toB, Member b, ConnectionState toA, long now, long bytesPerSecond) {
        record Planned(int volume, Generations.Decision decision) {}
        List<Planned> plans = new ArrayList<>();
        for (VolumeState va : a.resource.volumes) {
            Optional<VolumeState> vb = b.resource.volume(va.volume);
            if (vb.isEmpty() || !va.attached() || !vb.get().attached()) continue;
            Optional<MetadataState> ma = a.metadata(va);
            Optional<MetadataState> mb = b.metadata(vb.get());
            if (ma.isEmpty() || mb.isEmpty()) continue;
            long full = Math.min(va.sizeSectors, vb.get().sizeSectors);
            Generations.Decision decision = Generations.decide(new Generations.Side(ma.get(), a.resource.nodeId, va.diskState),
                    new Generations.Side(mb.get(), b.resource.nodeId, vb.get().diskState), full);
            if (decision.kind() == Generations.Kind.SPLIT_BRAIN && (toB.discardMyData || toA.discardMyData) && toB.discardMyData != toA.discardMyData) {
                // the manual split-brain recovery: the end that discards its data takes a full resync
                decision = new Generations.Decision(toB.discardMyData ? Generations.Kind.B_TO_A : Generations.Kind.A_TO_B, full);
            }
            if (decision.kind() == Generations.Kind.SPLIT_BRAIN || decision.kind() == Generations.Kind.UNRELATED) {
                String reason = decision.kind() == Generations.Kind.SPLIT_BRAIN ? "split-brain" : "unrelated-data";
                refuse(a, toB, reason, now);
                refuse(b, toA, reason, now);
                return;
            }
            plans.add(new Planned(va.volume, decision));
        }
        toB.state = "Connected";
        toA.state = "Connected";
        toB.dropReason = null;
        toA.dropReason = null;
        toB.discardMyData = false;
        toA.discardMyData = false;
        for (VolumeState va : a.resource.volumes) b.resource.volume(va.volume).ifPresent(vb -> agreeSize(a, va, b, vb));
        for (Planned plan : plans) {
            switch (plan.decision().kind()) {
                case A_TO_B:
                    sync(a, toB, b, toA, plan.volume(), plan.decision().sectors(), now, bytesPerSecond);
                    break;
                case B_TO_A:
                    sync(b, toA, a, toB, plan.volume(), plan.decision().sectors(), now, bytesPerSecond);
                    break;
                default:
                    equalize(a, b, plan.volume());
            }
        }
    }

    private static void sync(Member source, ConnectionState toTarget, Member target, ConnectionState toSource, int volume,
                             long sectors, long now, long bytesPerSecond) {
        VolumeState sourceVolume = source.resource.volume(volume).orElseThrow();
        if (sourceVolume.diskState.equals("Consistent")) DiskStates.set(sourceVolume, source.metadata(sourceVolume), "UpToDate");
        // DRBD 9 takes a resync from one source at a time; the others see the target Inconsistent meanwhile
        if (Resync.receiving(target, volume)) return;
        Resync.start(source, toTarget, target, toSource, volume, sectors, now, bytesPerSecond);
    }

    /** Same data on both ends: the better-known state wins (a Consistent pair knows it is UpToDate). */
    private static void equalize(Member a, Member b, int volume) {
        VolumeState va = a.resource.volume(volume).orElseThrow();
        VolumeState vb = b.resource.volume(volume).orElseThrow();
        boolean aGood = va.diskState.equals("UpToDate") || va.diskState.equals("Consistent");
        boolean bGood = vb.diskState.equals("UpToDate") || vb.diskState.equals("Consistent");
        if (va.diskState.equals("UpToDate") || (aGood && bGood)) upgrade(b, vb);
        if (vb.diskState.equals("UpToDate") || (aGood && bGood)) upgrade(a, va);
    }

    private static void upgrade(Member member, VolumeState volume) {
        if (volume.diskState.equals("Consistent") || volume.diskState.equals("Outdated")) {
            DiskStates.set(volume, member.metadata(volume), "UpToDate");
        }
    }

    /** Diskful peers agree on the smaller size; a client takes the size of the data it reaches. */
    private static void agreeSize(Member a, VolumeState va, Member b, VolumeState vb) {
        if (va.attached() && vb.attached()) {
            long agreed = Math.min(va.sizeSectors, vb.sizeSectors);
            setSize(a, va, agreed);
            setSize(b, vb, agreed);
        } else if (va.attached()) {
            vb.sizeSectors = vb.sizeSectors == 0 ? va.sizeSectors : Math.min(vb.sizeSectors, va.sizeSectors);
        } else if (vb.attached()) {
            va.sizeSectors = va.sizeSectors == 0 ? vb.sizeSectors : Math.min(va.sizeSectors, vb.sizeSectors);
        }
    }

    static void setSize(Member member, VolumeState volume, long sectors) {
        volume.sizeSectors = sectors;
        member.metadata(volume).ifPresent(md -> md.effectiveSizeSectors = sectors);
    }

    private static void refuse(Member member, ConnectionState connection, String reason, long now) {
        lose(member, connection, now);
        connection.connectRequested = false;
        connection.state = "StandAlone";
        connection.dropReason = reason;
    }

    /** The link is gone (peer down, deleted, disconnected): interrupt resyncs and forget the peer's state. */
    static void lose(Member member, ConnectionState connection, long now) {
        Resync.interrupt(member, connection, now);
        connection.state = connection.connectRequested ? "Connecting" : "StandAlone";
        connection.peerRole = "Unknown";
        for (PeerVolumeState peerVolume : connection.peerVolumes) {
            peerVolume.replication = "Off";
            peerVolume.peerDiskState = "DUnknown";
        }
        for (VolumeState volume : member.resource.volumes) {
            member.metadata(volume).ifPresent(md -> {
                MetadataState.PeerSlot slot = md.peers.get(connection.peerNodeId);
                if (slot != null) slot.connected = false;
            });
        }
    }
}
