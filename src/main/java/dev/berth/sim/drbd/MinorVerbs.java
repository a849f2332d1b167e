package dev.berth.sim.drbd;

import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.Optional;
import java.util.Set;

/**
 * drbdsetup's minor verbs: {@code new-minor} (a peer volume appears on every connection),
 * {@code del-minor} (refused while a disk is attached), {@code attach} (see {@link Attach}),
 * {@code detach} (a Primary keeps its disk unless a peer has UpToDate data) and
 * {@code disk-options}.
 */
final class MinorVerbs {
    private MinorVerbs() {}

    static CommandResult run(SimHost host, String verb, SetupArguments args) {
        DrbdState state = DrbdTool.state(host);
        if (verb.equals("new-minor")) return newMinor(host, state, args);
        String minorText = args.positional(0);
        Optional<Integer> minor = args.number(0);
        Optional<ResourceState> resource = minor.flatMap(state::resourceOfMinor);
        if (resource.isEmpty()) return KernelAnswers.failure(minorText, KernelAnswers.ERR_MINOR_INVALID);
        VolumeState volume = state.minor(minor.get()).orElseThrow();
        CommandResult result;
        switch (verb) {
            case "del-minor":
                if (volume.attached()) return KernelAnswers.failure(minorText, KernelAnswers.ERR_MINOR_CONFIGURED);
                resource.get().volumes.remove(volume);
                resource.get().connections.forEach(c -> c.peerVolumes.removeIf(p -> p.volume == volume.volume));
                result = CommandResult.ok("");
                break;
            case "attach":
                result = Attach.run(host, state, resource.get(), volume, args);
                break;
            case "detach":
                result = detach(host, resource.get(), volume, args);
                break;
            default:
                if (!volume.attached()) return KernelAnswers.failure(minorText, KernelAnswers.ERR_NO_DISK);
                result = OptionValues.apply(verb, OptionCatalogue.DISK, args, volume.diskOptions, Set.of()).orElse(CommandResult.ok(""));
        }
        if (result.succeeded()) Settle.resource(host.lab(), resource.get().name);
        return result;
    }

    private static CommandResult newMinor(SimHost host, DrbdState state, SetupArguments args) {
        String name = args.positional(0);
        Optional<Integer> minor = args.number(1);
        Optional<Integer> number = args.number(2);
        if (minor.isEmpty() || number.isEmpty()) return KernelAnswers.usage("USAGE: drbdsetup new-minor {resource} {minor} {volume}");
        Optional<ResourceState> resource = state.resource(name);
        if (resource.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
        if (state.minor(minor.get()).isPresent() || resource.get().volume(number.get()).isPresent()) {
            return KernelAnswers.failure(name, KernelAnswers.ERR_MINOR_OR_VOLUME_EXISTS);
        }
        VolumeState volume = new VolumeState();
        volume.volume = number.get();
        volume.minor = minor.get();
        volume.intentionalDiskless = args.flag("diskless");
        resource.get().volumes.add(volume);
        resource.get().volumes.sort(java.util.Comparator.comparingInt(v -> v.volume));
        for (ConnectionState connection : resource.get().connections) connection.peerVolumes.add(PeerVerbs.peerVolume(volume.volume));
        Settle.resource(host.lab(), name);
        return CommandResult.ok("");
    }

    private static CommandResult detach(SimHost host, ResourceState resource, VolumeState volume, SetupArguments args) {
        if (!volume.attached()) {
            volume.intentionalDiskless |= args.flag("diskless");
            return CommandResult.ok("");
        }
        boolean peerHasData = resource.connections.stream()
                .anyMatch(c -> c.connected() && c.peerVolume(volume.volume).map(p -> p.peerDiskState.equals("UpToDate")).orElse(false));
        if (resource.primary() && !peerHasData) return KernelAnswers.stateChangeFailed(resource.name, KernelAnswers.SS_NO_UP_TO_DATE_DISK);
        Resync.stopVolume(Member.of(host.lab(), resource.name), resource, volume.volume, host.clock().now().toEpochMilli());
        DrbdTool.state(host).metadataOf(volume).ifPresent(md -> {
            md.primary = false;
            md.peers.values().forEach(slot -> slot.connected = false);
        });
        volume.backingDisk = null;
        volume.backingIdentity = null;
        volume.diskState = "Diskless";
        volume.intentionalDiskless = args.flag("diskless");
        volume.diskOptions.clear();
        return CommandResult.ok("");
    }
}
