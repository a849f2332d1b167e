package dev.berth.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one call of the stand-in finds its host: the per-host root ({@code /run/drbd-standin}, the
 * namespace's private /run, or {@code BERTH_STANDIN_ROOT}), the node name ({@code uname -n} or
 * {@code BERTH_STANDIN_NODE}) and the folder shared by all hosts of a run (the root's
 * {@code shared-dir} file). The resync rate of a new shared lab comes from
 * {@code BERTH_STANDIN_SYNC_RATE} (bytes per second); the shared folder's {@code sync-rate} file
 * changes it for a running one.
 */
record StandinSettings(Path root, String node, Path shared, Optional<Long> syncRate, List<String> lvmPrefix) {
    StandinSettings {
        lvmPrefix = List.copyOf(lvmPrefix);
    }

    static final Path DEFAULT_ROOT = Path.of("/run/drbd-standin");
    /** Fast enough that a test's volumes of a few MiB finish in a fraction of a second. */
    static final long DEFAULT_SYNC_RATE = 1024L * 1024 * 1024;

    static StandinSettings from(Map<String, String> environment) {
        Path root = Optional.ofNullable(environment.get("BERTH_STANDIN_ROOT")).map(Path::of).orElse(DEFAULT_ROOT);
        String node = Optional.ofNullable(environment.get("BERTH_STANDIN_NODE")).orElseGet(StandinSettings::hostname);
        Path sharedFile = root.resolve("shared-dir");
        String shared = read(sharedFile).orElseThrow(() -> new StandinException(
                sharedFile + " is missing: write the absolute path of the folder that all hosts of this run share into it"));
        Optional<Long> rate = read(Path.of(shared, "sync-rate"))
                .or(() -> Optional.ofNullable(environment.get("BERTH_STANDIN_SYNC_RATE")))
                .map(text -> parseRate(text));
        return new StandinSettings(root, node, Path.of(shared), rate, List.of());
    }

    /**
     * The resident server answers for a host that may be in another mount namespace: its root
     * as seen through {@code /proc/PID/root}, its LVM through {@code nsenter}, and the server's
     * own path of the shared folder (one path per folder keeps the lab's in-process lock one lock).
     */
    static StandinSettings servedFor(Map<String, String> environment, long pid, Path sharedFolder, boolean otherNamespace) {
        Path root = Optional.ofNullable(environment.get("BERTH_STANDIN_ROOT")).map(Path::of).orElse(DEFAULT_ROOT).toAbsolutePath();
        Map<String, String> seen = new java.util.HashMap<>(environment);
        if (otherNamespace) seen.put("BERTH_STANDIN_ROOT", Path.of("/proc/" + pid + "/root" + root).toString());
        StandinSettings settings = from(seen);
        List<String> prefix = otherNamespace ? List.of("nsenter", "--target", Long.toString(pid), "--mount", "--") : List.of();
        return new StandinSettings(settings.root(), settings.node(), sharedFolder, settings.syncRate(), prefix);
    }

    long syncRateOrDefault() { return syncRate.orElse(DEFAULT_SYNC_RATE); }

    private static long parseRate(String text) {
        try {
            long rate = Long.parseLong(text.trim());
            if (rate < 1) throw new NumberFormatException();
            return rate;
        } catch (NumberFormatException bad) {
            throw new StandinException("the sync rate \"" + text.trim() + "\" is not a positive number of bytes per second");
        }
    }

    /** The UTS namespace's host name, as drbdadm's {@code on} section matching sees it. */
    private static String hostname() {
        return read(Path.of("/proc/sys/kernel/hostname")).orElseThrow(() -> new StandinException(
                "cannot read /proc/sys/kernel/hostname; set BERTH_STANDIN_NODE"));
    }

    static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).trim()).filter(text -> !text.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
