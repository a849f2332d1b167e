package dev.berth.standin;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.Answers;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimTool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Real volumes as the simulated kernel's block devices, identified by their LV uuid, so that
 * drbdmeta and attach find {@code /dev/VG/LV} although LVM without device-mapper made no device
 * node, and metadata follows the LV rather than its path. This host's are read (once per call,
 * only when a verb needs a backing device) with {@code lvs}, or from the root's {@code devices}
 * file in tests without LVM, and published to {@code <shared>/volumes/<node>}; a peer's come from
 * what it published, or, for a resize ({@code live}), from its physical volumes at once (from its
 * {@code devices} file again in tests).
 */
final class RealVolumes implements SimTool {
    private final StandinSettings settings;
    private final boolean live;
    private final Map<String, List<BlockDevice>> read = new HashMap<>();

    RealVolumes(StandinSettings settings, boolean live) {
        this.settings = settings;
        this.live = live;
    }

    @Override
    public String name() { return "real-volumes"; }

    @Override
    public Set<String> programs() { return Set.of(); }

    @Override
    public CommandResult run(SimHost host, Command command, String stdin) { return Answers.notFound(command.program()); }

    @Override
    public List<BlockDevice> blockDevices(SimHost host) {
        return read.computeIfAbsent(host.node(), node -> list(node).devices());
    }

    private VolumeList list(String node) {
        Path published = settings.shared().resolve("volumes").resolve(node);
        Path listFile = settings.shared().resolve("volumes").resolve(node + ".file");
        if (node.equals(settings.node())) {
            Path devices = settings.root().toAbsolutePath().resolve("devices");
            boolean fromFile = Files.isRegularFile(devices);
            VolumeList own = fromFile ? StandinSettings.read(devices).map(VolumeList::parse).orElse(new VolumeList(List.of())) : LogicalVolumes.own(settings.lvmPrefix());
            publish(published, own.text());
            if (fromFile) publish(listFile, devices.toString());
            return own;
        }
        VolumeList known = StandinSettings.read(published).map(VolumeList::parse).orElse(new VolumeList(List.of()));
        if (!live) return known;
        if (!known.physicalVolumes().isEmpty()) return LogicalVolumes.on(settings.lvmPrefix(), known.physicalVolumes());
        // a test's peer without LVM: its devices file, read again
        return StandinSettings.read(listFile).flatMap(path -> StandinSettings.read(Path.of(path))).map(VolumeList::parse).orElse(known);
    }

    private static void publish(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.readString(file).equals(text)) return;
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
