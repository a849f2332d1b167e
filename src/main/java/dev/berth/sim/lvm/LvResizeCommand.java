package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code lvresize}, {@code lvextend} and {@code lvreduce} ({@code --size Nk VG/LV -f} is LINSTOR's
 * grow). The new size rounds up to whole extents with lvm2's notice; equal, wrong-way and too-big
 * requests fail with its messages (fixtures/lvreduce, lvextend, lvresize and the captures in
 * SOURCES). Shrinking an active LV warns and, without {@code -f}, is refused because the prompt
 * reads no answer.
 */
final class LvResizeCommand implements LvmCommand {
    private final String program;

    LvResizeCommand(String program) {
        this.program = program;
    }

    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options().value("size", "-L", "--size").value("extents", "-l", "--extents")
                .flag("resizefs", "-r", "--resizefs").flag("nofsck", "-n", "--nofsck");
    }

    @Override
    public CommandResult run(Context context) {
        Arguments args = context.args();
        if (args.has("resizefs")) return Answers.notImplemented(program, "--resizefs (the lab has no file systems)");
        if (!args.has("size") && !args.has("extents")) return context.invalid("Please specify either size or extents.");
        if (args.positional().isEmpty()) return context.invalid("Please provide the logical volume name");
        Optional<String[]> reference = LvmNames.volumeReference(args.positional().get(0));
        if (reference.isEmpty()) return context.invalid("Please provide a volume group name");
        Optional<VolumeGroup> group = context.state().volumeGroup(reference.get()[0]);
        if (group.isEmpty()) return context.groupNotFound(reference.get()[0]);
        Optional<LogicalVolume> volume = group.get().volume(reference.get()[1]).filter(LogicalVolume::visible);
        if (volume.isEmpty()) {
            return context.output().err("  Logical volume " + reference.get()[1] + " not found in volume group " + group.get().name + ".").exit(LvmCommand.FAILED);
        }
        List<String> devices = args.positional().subList(1, args.positional().size());
        long extentSize = group.get().extentSize;
        long current = LvmVolumes.size(group.get(), volume.get()) / extentSize;
        OptionalLong target = targetExtents(context, group.get(), current, devices);
        if (target.isEmpty()) return context.output().exit(INVALID);
        long wanted = target.getAsLong();
        if (wanted == current) return context.output().err("  New size (" + wanted + " extents) matches existing size (" + current + " extents).").exit(LvmCommand.FAILED);
        if (program.equals("lvextend") && wanted < current) {
            return context.output().err("  New size given (" + wanted + " extents) not larger than existing size (" + current + " extents)").exit(LvmCommand.FAILED);
        }
        if (program.equals("lvreduce") && wanted > current) {
            return context.output().err("  New size given (" + wanted + " extents) not less than existing size (" + current + " extents)").exit(LvmCommand.FAILED);
        }
        VolumeResizing resizing = new VolumeResizing(context, group.get(), volume.get(), devices);
        return wanted < current ? resizing.shrink(current, wanted) : resizing.grow(current, wanted);
    }

    /** The requested size in extents: {@code -L [+-]SIZE} rounded up with lvm2's notice, or {@code -l [+-]N[%FREE|%VG|%LV]}. */
    private OptionalLong targetExtents(Context context, VolumeGroup group, long current, List<String> devices) {
        Arguments args = context.args();
        long extentSize = group.extentSize;
        if (args.has("size")) {
            Optional<LvmSizeArgument> size = LvmSizeArgument.size(args.value("size").get());
            if (size.isEmpty()) {
                context.output().err("  Invalid argument for --size: " + args.value("size").get()).err("  Error during parsing of command line.");
                return OptionalLong.empty();
            }
            long bytes = size.get().sign() == '+' ? current * extentSize + size.get().bytes()
                    : size.get().sign() == '-' ? Math.max(0, current * extentSize - size.get().bytes()) : size.get().bytes();
            long extents = LvmSizeArgument.extentsFor(bytes, extentSize);
            if (bytes % extentSize != 0) context.output().out("  Rounding size to boundary between physical extents: " + LvmUnits.display(extents * extentSize) + ".");
            return OptionalLong.of(extents);
        }
        Optional<LvmSizeArgument> extents = LvmSizeArgument.extents(args.value("extents").get());
        if (extents.isEmpty()) {
            context.output().err("  Invalid argument for --extents: " + args.value("extents").get()).err("  Error during parsing of command line.");
            return OptionalLong.empty();
        }
        LvmSizeArgument argument = extents.get();
        long base = switch (argument.percentOf()) {
            case "FREE" -> new ExtentAllocator(context.state(), group, devices).free();
            case "VG", "PVS" -> group.extentCount(context.state());
            case "LV" -> current;
            default -> 100;
        };
        long amount = argument.extents() * base / 100;
        return OptionalLong.of(argument.sign() == '+' ? current + amount : argument.sign() == '-' ? Math.max(0, current - amount) : amount);
    }
}
