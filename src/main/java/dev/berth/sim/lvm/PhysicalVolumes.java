package dev.berth.sim.lvm;

import dev.berth.sim.BlockDevice;
import dev.berth.sim.LabDevice;
import dev.berth.sim.Signature;

import java.util.List;
import java.util.Optional;

/**
 * Turning a device into a PV, as pvcreate does and as vgcreate/vgextend do implicitly: the device
 * must exist, pass the lvm.conf filter, not be held open by anyone, and carry no foreign
 * signature unless the caller said {@code -y} (then LVM wipes it and says so). Refusals print
 * lvm2 2.03.16's messages (fixtures/pvcreate and the captures in SOURCES).
 */
final class PhysicalVolumes {
    private PhysicalVolumes() {}

    /** Checks a device for a new PV label; prints the refusal and returns false when it cannot be used. */
    static boolean usable(LvmCommand.Context context, String path, boolean wipe) {
        Optional<BlockDevice> device = context.host().devices().find(path).filter(d -> !d.provider().equals("lvm"));
        if (device.isEmpty()) {
            context.output().err("  No device found for " + path + ".");
            return false;
        }
        Optional<LabDevice> disk = context.host().devices().disk(path);
        if (disk.isPresent() && disk.get().rejectedByLvmFilter()) {
            context.output().err("  Cannot use " + path + ": device is rejected by filter config");
            return false;
        }
        if (context.host().devices().holder(device.get()).isPresent()) {
            context.output().err("  Can't open " + path + " exclusively.  Mounted filesystem?");
            return false;
        }
        List<Signature> foreign = context.host().devices().signatures(device.get()).stream()
                .filter(s -> !s.type().equals("LVM2_member")).toList();
        if (foreign.isEmpty()) return true;
        if (!wipe) {
            Signature first = foreign.get(0);
            // yes_no_prompt() reads EOF from a non-interactive caller and takes it as "n"
            context.output().err("WARNING: " + first.type() + " signature detected on " + path + " at offset " + first.offset() + ". Wipe it? [y/n]: [n]");
            context.output().err("  Aborted wiping of " + first.type() + ".");
            context.output().err("  " + foreign.size() + " existing signature" + (foreign.size() == 1 ? "" : "s") + " left on the device.");
            return false;
        }
        for (Signature signature : foreign) context.output().out("  Wiping " + signature.type() + " signature on " + path + ".");
        context.host().devices().wipe(device.get());
        return true;
    }

    /** Writes a fresh label (a new uuid, as a real pvcreate does even on an existing orphan PV). */
    static LvmState.PhysicalVolume create(LvmCommand.Context context, String path) {
        LvmState state = context.state();
        state.physicalVolumes.removeIf(pv -> pv.device.equals(path));
        LvmState.PhysicalVolume physical = new LvmState.PhysicalVolume();
        physical.device = path;
        physical.uuid = context.host().newLvmUuid();
        physical.deviceSize = context.host().devices().find(path).map(d -> d.size().bytes()).orElse(0L);
        state.physicalVolumes.add(physical);
        context.output().out("  Physical volume \"" + path + "\" successfully created.");
        return physical;
    }

    /** The PV's extents once it joins a VG: whole extents after the 1 MiB metadata area. */
    static void join(LvmState.PhysicalVolume physical, VolumeGroup group) {
        physical.volumeGroup = group.name;
        physical.extentCount = Math.max(0, (physical.deviceSize - LvmState.PE_START) / group.extentSize);
        group.devices.add(physical.device);
    }

    static void leave(LvmState.PhysicalVolume physical) {
        physical.volumeGroup = "";
        physical.extentCount = 0;
    }
}
