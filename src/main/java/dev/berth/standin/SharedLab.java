package dev.berth.standin;

import dev.berth.sim.LabNode;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import dev.berth.sim.StandardTools;
import dev.berth.sim.drbd.DrbdState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The simulated lab that stands for the DRBD kernels of one run: {@code <shared>/lab}, one node per
 * host, made by the first call and joined by each host at its first call. The kernel state of all
 * hosts is in it (a connect settles both ends in one transaction under the lab's file lock); what
 * makes it per host is the boot id in the host's private /run: a host whose /run is fresh (a new
 * namespace, like a reboot) comes up with no DRBD resources, while its metadata, which is on disk
 * in reality, stays. The lab's virtual clock is moved to the wall clock at every call, so resyncs
 * run in real time at the lab's rate.
 */
final class SharedLab {
    private SharedLab() {}

    static SimHost open(StandinSettings settings, RealVolumes volumes) {
        Path folder = settings.shared().resolve("lab");
        LabOptions options = LabOptions.defaults().withoutDeviceMapper().withStart(Instant.now()).withSyncRate(settings.syncRateOrDefault());
        SimLab lab = createOnce(folder, options, volumes);
        lab.join(new LabNode(settings.node(), settings.node(), "0.0.0.0", List.of()), options);
        String boot = bootId(settings.root());
        return lab.atomically(() -> {
            Duration behind = Duration.between(lab.clock().now(), Instant.now());
            if (!behind.isNegative()) lab.clock().advance(behind);
            settings.syncRate().filter(rate -> rate != lab.syncRate()).ifPresent(lab::setSyncRate);
            SimHost host = lab.host(settings.node());
            Path recorded = settings.shared().resolve("boots").resolve(settings.node());
            if (!StandinSettings.read(recorded).orElse("").equals(boot)) {
                host.extension("drbd", DrbdState.class, DrbdState::new).resources.clear();
                write(recorded, boot);
            }
            return host;
        });
    }

    /** Opens the lab, creating it first when this is the run's first call (under a lock: hosts start together). */
    private static synchronized SimLab createOnce(Path folder, LabOptions options, RealVolumes volumes) {
        try {
            Files.createDirectories(folder.getParent());
            try (FileChannel channel = FileChannel.open(folder.resolveSibling(".create.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!SimLab.exists(folder)) SimLab.create(folder, List.of(), options);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the shared lab in " + folder, e);
        }
        return SimLab.open(folder, StandardTools.registry().with(volumes));
    }

    /** This host's boot: made by its first call after /run was mounted. */
    private static String bootId(Path root) {
        Path file = root.resolve("boot-id");
        try {
            Files.createDirectories(root);
            Files.writeString(file, UUID.randomUUID() + "\n", StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException made) {
            // made by an earlier call of this boot
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return StandinSettings.read(file).orElseThrow(() -> new StandinException(file + " is empty; remove it"));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
