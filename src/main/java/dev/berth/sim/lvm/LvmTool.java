package dev.berth.sim.lvm;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.Signature;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;
import dev.berth.sim.ToolOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * lvm2 2.03.16 on a simulated host: the programs, the metadata (extension "lvm"), the LVs as block
 * devices ({@code /dev/vg/lv}, {@code /dev/mapper/vg-lv}) when device-mapper is present, the LVM2
 * label on each PV for blkid and wipefs, and the hold device-mapper has on PVs under active LVs.
 */
public final class LvmTool implements SimTool {
    static final String ACTIVATION_WARNING = "  WARNING: Activation disabled. No device-mapper interaction will be attempted.";
    private static final Map<String, LvmCommand> COMMANDS = Map.ofEntries(
            Map.entry("pvs", new ReportCommand("pv")), Map.entry("vgs", new ReportCommand("vg")), Map.entry("lvs", new ReportCommand("lv")),
            Map.entry("pvcreate", new PvCreateCommand()), Map.entry("pvremove", new PvRemoveCommand()),
            Map.entry("vgcreate", new VgCreateCommand(false)), Map.entry("vgextend", new VgCreateCommand(true)),
            Map.entry("vgremove", new VgRemoveCommand()), Map.entry("vgchange", new VgChangeCommand()),
            Map.entry("lvcreate", new LvCreateCommand()), Map.entry("lvremove", new LvRemoveCommand()),
            Map.entry("lvchange", new LvChangeCommand()), Map.entry("lvresize", new LvResizeCommand("lvresize")),
            Map.entry("lvextend", new LvResizeCommand("lvextend")), Map.entry("lvreduce", new LvResizeCommand("lvreduce")));

    @Override
    public String name() { return "lvm"; }

    @Override
    public Set<String> programs() {
        Set<String> programs = new java.util.HashSet<>(COMMANDS.keySet());
        programs.add("lvm");
        return programs;
    }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) {
        String program = command.program().substring(command.program().lastIndexOf('/') + 1);
        List<String> args = command.argv().subList(1, command.argv().size());
        if (program.equals("lvm")) {
            if (args.isEmpty()) return Answers.notImplemented("lvm", "the interactive lvm shell");
            if (args.get(0).equals("version")) return LvmVersion.answer(host);
            program = args.get(0);
            args = args.subList(1, args.size());
        }
        LvmCommand lvm = COMMANDS.get(program);
        if (lvm == null) return Answers.notImplemented("lvm", "the LVM command " + program);
        ToolOutput output = new ToolOutput();
        if (!host.deviceMapper()) output.err(ACTIVATION_WARNING);
        Arguments parsed;
        try {
            parsed = Arguments.parse(args, lvm.spec());
        } catch (Arguments.Invalid invalid) {
            return output.err(program + ": " + invalid.getMessage()).err("  Error during parsing of command line.").exit(LvmCommand.INVALID);
        }
        return lvm.run(new LvmCommand.Context(host, state(host), parsed, output, program));
    }

    static LvmState state(SimHost host) {
        return host.extension("lvm", LvmState.class, LvmState::new);
    }

    @Override
    public List<BlockDevice> blockDevices(SimHost host) {
        if (!host.deviceMapper()) return List.of();
        LvmState state = state(host);
        List<BlockDevice> devices = new ArrayList<>();
        for (VolumeGroup group : state.volumeGroups) {
            for (LogicalVolume volume : group.volumes) {
                if (!volume.role.equals(LogicalVolume.LINEAR) && !volume.thinVolume()) continue;
                List<Segment> segments = volume.thinVolume()
                        ? group.volume(volume.pool + "_tdata").map(d -> d.segments).orElse(List.of()) : volume.segments;
                List<String> parents = segments.stream().map(Segment::device).distinct().toList();
                String mapper = LvmNames.mapper(group.name, volume.name);
                devices.add(new BlockDevice(mapper, "/dev/mapper/" + mapper, List.of("/dev/" + group.name + "/" + volume.name),
                        Size.ofBytes(LvmVolumes.size(group, volume)), "lvm", parents, false, volume.uuid, name()));
            }
        }
        return devices;
    }

    @Override
    public List<Signature> signatures(SimHost host, BlockDevice device) {
        return physicalVolumeOn(host, device).map(pv -> List.of(Signature.lvmPhysicalVolume(pv.uuid))).orElse(List.of());
    }

    /** device-mapper keeps the PVs under active LVs open; without it nothing is held. */
    @Override
    public Optional<String> holder(SimHost host, BlockDevice device) {
        if (!host.deviceMapper()) return Optional.empty();
        Optional<LvmState.PhysicalVolume> physical = physicalVolumeOn(host, device);
        if (physical.isEmpty() || physical.get().orphan()) return Optional.empty();
        VolumeGroup group = state(host).volumeGroup(physical.get().volumeGroup).orElseThrow();
        return group.allocatedOn(physical.get().device) > 0 ? Optional.of("volume group " + group.name) : Optional.empty();
    }

    /** The label is gone: an orphan PV is no PV any more; a PV of a VG leaves its VG (the lab does not model missing PVs). */
    @Override
    public void wiped(SimHost host, BlockDevice device) {
        LvmState state = state(host);
        physicalVolumeOn(host, device).ifPresent(pv -> {
            state.volumeGroup(pv.volumeGroup).ifPresent(group -> {
                group.devices.remove(pv.device);
                group.volumes.removeIf(lv -> lv.segments.stream().anyMatch(s -> s.device().equals(pv.device)));
                if (group.devices.isEmpty()) state.volumeGroups.remove(group);
            });
            state.physicalVolumes.remove(pv);
        });
    }

    @Override
    public void written(SimHost host, BlockDevice device, long bytes) {
        for (VolumeGroup group : state(host).volumeGroups) {
            for (LogicalVolume volume : group.volumes) {
                if (volume.thinVolume() && device.answersTo("/dev/" + group.name + "/" + volume.name)) {
                    volume.mappedBytes = Math.min(volume.virtualSize, volume.mappedBytes + bytes);
                }
            }
        }
    }

    private static Optional<LvmState.PhysicalVolume> physicalVolumeOn(SimHost host, BlockDevice device) {
        return state(host).physicalVolumes.stream().filter(pv -> device.answersTo(pv.device)).findFirst();
    }
}
