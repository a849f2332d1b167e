package dev.berth.sim.drbd;

import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import java.util.Optional;
import java.util.Set;

/**
 * {@code drbdsetup attach MINOR DISK DISK internal}, with the kernel's checks in drbd_adm_attach's
 * order and words: the device must open and not be claimed, carry valid metadata written for this
 * node-id (or none yet), and have a free bitmap for every diskful peer already configured ("Not
 * enough free bitmap slots" is how too small a max-peers shows). The disk then starts in the
 * state its metadata flags give, with the size its backing device offers.
 */
final class Attach {
    private Attach() {}

    static CommandResult run(SimHost host, DrbdState state, ResourceState resource, VolumeState volume, SetupArguments args) {
        String minor = Integer.toString(volume.minor);
        if (volume.attached()) return KernelAnswers.failure(minor, KernelAnswers.ERR_DISK_CONFIGURED);
        String disk = args.positional(1);
        if (!disk.equals(args.positional(2)) || !args.positional(3).equals("internal")) {
            return Answers.notImplemented("drbdsetup", "attach with external or indexed meta-data");
        }
        Optional<BlockDevice> device = host.devices().find(disk);
        if (device.isEmpty()) return KernelAnswers.failure(minor, KernelAnswers.ERR_OPEN_DISK);
        if (host.devices().holder(device.get()).isPresent()) return KernelAnswers.failure(minor, KernelAnswers.ERR_BDCLAIM_DISK);
        MetadataState metadata = state.metadata.get(device.get().identity());
        if (metadata == null) return KernelAnswers.failure(minor, KernelAnswers.ERR_MD_INVALID);
        if (metadata.nodeId != -1 && metadata.nodeId != resource.nodeId) {
            return KernelAnswers.failure(minor, KernelAnswers.ERR_INVALID_REQUEST,
                    "Local node id " + resource.nodeId + " differs from local node id " + metadata.nodeId + " on device");
        }
        MetadataState.PeerSlot own = metadata.peers.get(resource.nodeId);
        if (own != null && own.bitmapIndex >= 0) {
            return KernelAnswers.failure(minor, KernelAnswers.ERR_INVALID_REQUEST, "There is a bitmap for my own node id (" + resource.nodeId + ")");
        }
        int needed = 0;
        for (ConnectionState connection : resource.connections) {
            MetadataState.PeerSlot slot = metadata.peers.get(connection.peerNodeId);
            if (wantsBitmap(connection, volume.volume) && (slot == null || slot.bitmapIndex < 0)) needed++;
        }
        if (needed > metadata.freeBitmaps()) {
            return KernelAnswers.failure(minor, KernelAnswers.ERR_INVALID_REQUEST,
                    "Not enough free bitmap slots (available=" + metadata.freeBitmaps() + ", needed=" + needed + ")");
        }
        Optional<CommandResult> refused = OptionValues.apply("attach", OptionCatalogue.DISK, args, volume.diskOptions, Set.of());
        if (refused.isPresent()) return refused.get();
        for (ConnectionState connection : resource.connections) {
            if (wantsBitmap(connection, volume.volume)) metadata.allocateBitmap(connection.peerNodeId);
        }
        metadata.nodeId = resource.nodeId;
        metadata.path = disk;
        volume.backingDisk = disk;
        volume.backingIdentity = device.get().identity();
        volume.intentionalDiskless = false;
        volume.diskState = DiskStates.afterAttach(metadata);
        long usable = DiskStates.usableSectors(Member.self(host, state, resource), volume);
        long size = metadata.effectiveSizeSectors > 0 ? Math.min(metadata.effectiveSizeSectors, usable) : usable;
        volume.sizeSectors = size;
        metadata.effectiveSizeSectors = size;
        return CommandResult.ok("");
    }

    /** DRBD's want_bitmap: a peer gets a bitmap unless its peer-device options say bitmap no (a client). */
    static boolean wantsBitmap(ConnectionState connection, int volume) {
        return connection.peerVolume(volume).map(p -> !"no".equals(p.options.get("bitmap"))).orElse(true);
    }
}
