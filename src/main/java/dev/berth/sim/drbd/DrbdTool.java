package dev.berth.sim.drbd;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.system.DrbdWithoutModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DRBD 9 on a simulated host: drbd-utils 9.22's drbdadm, drbdsetup and drbdmeta over a simulated
 * kernel module. A host without the module (its versions say so) answers like
 * {@link DrbdWithoutModule}. Attached minors are block devices on top of their backing devices,
 * hold them (LVM and ZFS refuse to remove them), and metadata shows as blkid's "drbd" signature.
 */
public final class DrbdTool implements SimTool {
    private final DrbdWithoutModule withoutModule = new DrbdWithoutModule();

    @Override
    public String name() { return "drbd"; }

    @Override
    public Set<String> programs() { return Set.of("drbdadm", "drbdsetup", "drbdmeta"); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        if (host.versions().drbdKernel().isEmpty()) return withoutModule.run(host, command, stdin);
        List<String> args = command.argv().subList(1, command.argv().size());
        switch (command.program().substring(command.program().lastIndexOf('/') + 1)) {
            case "drbdsetup": return DrbdsetupCommand.run(host, args);
            case "drbdmeta": return DrbdmetaCommand.run(host, args);
            default: return DrbdadmCommand.run(host, args);
        }
    }

    static DrbdState state(SimHost host) {
        return host.extension("drbd", DrbdState.class, DrbdState::new);
    }

    @Override
    public List<BlockDevice> blockDevices(SimHost host) {
        if (host.versions().drbdKernel().isEmpty()) return List.of();
        List<BlockDevice> devices = new ArrayList<>();
        for (ResourceState resource : state(host).resources.values()) {
            for (VolumeState volume : resource.volumes) {
                List<String> parents = volume.attached() ? List.of(volume.backingDisk) : List.of();
                devices.add(new BlockDevice("drbd" + volume.minor, "/dev/drbd" + volume.minor,
                        List.of("/dev/drbd/by-res/" + resource.name + "/" + volume.volume), Size.ofBytes(volume.sizeSectors * 512),
                        "disk", parents, false, "drbd:" + resource.name + "/" + volume.volume, name()));
            }
        }
        return devices;
    }

    @Override
    public Optional<String> holder(SimHost host, BlockDevice device) {
        if (host.versions().drbdKernel().isEmpty()) return Optional.empty();
        for (ResourceState resource : state(host).resources.values()) {
            for (VolumeState volume : resource.volumes) {
                if (device.identity().equals(volume.backingIdentity)) return Optional.of("DRBD resource " + resource.name);
            }
        }
        return Optional.empty();
    }

    /** libblkid's drbd prober: TYPE drbd, the device uuid, VERSION v09; the superblock is the last 4 KiB block. */
    @Override
    public List<Signature> signatures(SimHost host, BlockDevice device) {
        MetadataState metadata = state(host).metadata.get(device.identity());
        if (metadata == null) return List.of();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("UUID", String.format("%016x", metadata.deviceUuid));
        tags.put("VERSION", "v09");
        long offset = (device.size().bytes() - 4096) & ~4095L;
        return List.of(new Signature("drbd", "raid", offset, "83 74 02 6d", tags));
    }

    @Override
    public void wiped(SimHost host, BlockDevice device) {
        state(host).metadata.remove(device.identity());
    }

    @Override
    public Optional<String> virtualFile(SimHost host, String path) {
        if (!path.equals("/proc/drbd")) return Optional.empty();
        return host.versions().drbdKernel().map(version -> ProcDrbd.text(version, host.hostname()));
    }
}
