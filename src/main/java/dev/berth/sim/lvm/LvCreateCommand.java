package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code lvcreate}: works out from the command line which of LINSTOR's three forms this is (thick
 * {@code --size Nk VG -n NAME}, thin pool {@code -l 100%FREE -T -n VG/POOL}, thin volume
 * {@code --virtualsize Nk VG --thinpool POOL --name NAME}), which VG and name it means, and hands
 * over to the matching creation. Snapshots and RAID types are not simulated.
 */
final class LvCreateCommand implements LvmCommand {
    /** What the command line asks for, with the VG and names resolved. */
    record Request(String group, Optional<String> name, Optional<String> pool, List<String> devices, List<String> tags,
                   Optional<LvmSizeArgument> size, Optional<LvmSizeArgument> extents, Optional<LvmSizeArgument> virtualSize,
                   boolean zero, Optional<Long> chunkSize, Optional<LvmSizeArgument> metadataSize) {}

    @Override
    public Arguments.Spec spec() {
        return LvmCommand.options()
                .value("size", "-L", "--size").value("extents", "-l", "--extents").value("name", "-n", "--name")
                .value("addtag", "--addtag").value("wipesignatures", "-W", "--wipesignatures").value("zero", "-Z", "--zero")
                .flag("thin", "-T", "--thin").value("type", "--type").value("virtualsize", "-V", "--virtualsize")
                .value("thinpool", "--thinpool").value("poolmetadatasize", "--poolmetadatasize").value("chunksize", "-c", "--chunksize")
                .flag("snapshot", "-s", "--snapshot").value("activate", "-a", "--activate").value("stripes", "-i", "--stripes");
    }

    @Override
    public CommandResult run(Context context) {
        Arguments args = context.args();
        for (String tag : args.values("addtag")) if (!LvmNames.validTag(tag)) return parseError(context, "--addtag", tag);
        Optional<LvmSizeArgument> size = Optional.empty();
        if (args.has("size")) {
            size = LvmSizeArgument.size(args.value("size").get()).filter(s -> !s.relative());
            if (size.isEmpty()) return parseError(context, "--size", args.value("size").get());
            if (size.get().bytes() == 0) return context.invalid("--size may not be zero.");
        }
        Optional<LvmSizeArgument> extents = Optional.empty();
        if (args.has("extents")) {
            extents = LvmSizeArgument.extents(args.value("extents").get()).filter(e -> !e.relative());
            if (extents.isEmpty()) return parseError(context, "--extents", args.value("extents").get());
        }
        Optional<LvmSizeArgument> virtualSize = Optional.empty();
        if (args.has("virtualsize")) {
            virtualSize = LvmSizeArgument.size(args.value("virtualsize").get()).filter(s -> !s.relative() && s.bytes() > 0);
            if (virtualSize.isEmpty()) return parseError(context, "--virtualsize", args.value("virtualsize").get());
        }
        List<String> groups = new ArrayList<>();
        Optional<String> name = args.value("name");
        if (name.isPresent() && name.get().contains("/")) {
            groups.add(name.get().substring(0, name.get().indexOf('/')));
            name = Optional.of(name.get().substring(name.get().indexOf('/') + 1));
        }
        Optional<String> pool = args.value("thinpool");
        if (pool.isPresent() && pool.get().contains("/")) {
            groups.add(pool.get().substring(0, pool.get().indexOf('/')));
            pool = Optional.of(pool.get().substring(pool.get().indexOf('/') + 1));
        }
        List<String> positional = args.positional();
        List<String> devices = positional;
        Optional<String> positionalVolume = Optional.empty();
        if (!positional.isEmpty() && !positional.get(0).startsWith("/dev/")) {
            String first = positional.get(0);
            groups.add(first.contains("/") ? first.substring(0, first.indexOf('/')) : first);
            if (first.contains("/")) positionalVolume = Optional.of(first.substring(first.indexOf('/') + 1));
            devices = positional.subList(1, positional.size());
        }
        if (groups.isEmpty()) return context.output().err("  No command with matching syntax recognised.  Run 'lvcreate --help' for more information.").exit(INVALID);
        for (String other : groups) {
            if (!other.equals(groups.get(0))) return context.invalid("Inconsistent volume group names given: \"" + groups.get(0) + "\" and \"" + other + "\"");
        }
        if (name.isPresent() && !LvmNames.validName(name.get())) return context.invalid("Logical volume name \"" + name.get() + "\" is invalid.");
        String type = args.value("type").orElse(args.has("thin") || args.has("thinpool") ? (args.has("virtualsize") ? "thin" : "thin-pool") : "linear");
        if (args.has("snapshot")) {
            if (!context.host().deviceMapper()) return context.output().err("  Can't create snapshot without using device-mapper kernel driver.").exit(LvmCommand.FAILED);
            return Answers.notImplemented("lvcreate", "snapshots");
        }
        boolean zero = !args.value("zero").orElse("y").startsWith("n");
        Optional<Long> chunk = args.value("chunksize").flatMap(LvmSizeArgument::size).map(LvmSizeArgument::bytes);
        Optional<LvmSizeArgument> metadata = args.value("poolmetadatasize").flatMap(LvmSizeArgument::size);
        switch (type) {
            case "thin":
                if (pool.isEmpty()) pool = positionalVolume;
                if (pool.isEmpty() || virtualSize.isEmpty()) return Answers.notImplemented("lvcreate", "this thin volume form");
                if (size.isPresent() || extents.isPresent()) return Answers.notImplemented("lvcreate", "creating a thin pool and a thin volume at once");
                return ThinVolumeCreation.run(context, new Request(groups.get(0), name, pool, devices, args.values("addtag"), size, extents,
                        virtualSize, zero, chunk, metadata));
            case "thin-pool":
                if (name.isEmpty()) name = positionalVolume;
                if (size.isEmpty() && extents.isEmpty()) return context.invalid("Please specify either size or extents.");
                return ThinPoolCreation.run(context, new Request(groups.get(0), name, Optional.empty(), devices, args.values("addtag"), size,
                        extents, virtualSize, zero, chunk, metadata));
            case "linear":
            case "striped":
                if (size.isEmpty() && extents.isEmpty()) return context.invalid("Please specify either size or extents.");
                return ThickCreation.run(context, new Request(groups.get(0), name, Optional.empty(), devices, args.values("addtag"), size,
                        extents, virtualSize, zero, chunk, metadata));
            default:
                return Answers.notImplemented("lvcreate", "--type " + type);
        }
    }

    private static CommandResult parseError(Context context, String option, String value) {
        return context.output().err("  Invalid argument for " + option + ": " + value).err("  Error during parsing of command line.").exit(INVALID);
    }
}
