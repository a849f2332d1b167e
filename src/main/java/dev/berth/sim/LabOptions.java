package dev.berth.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How a new lab behaves. {@code latency} is real wall time per command or batch (zero by
 * default, so tests stay fast; set it to measure parallelism). {@code commandTimeout} is how long
 * a caller waits for a hung command, in virtual time. {@code deviceMapper} false models a machine
 * like the one the fixtures were captured on (LVM with {@code activation = 0}: warnings on every
 * command, no thin pools, no {@code /dev/<vg>/<lv>} nodes); true models a real storage server.
 * {@code syncRate} is how fast a DRBD resync moves, in bytes per second of virtual time (the CLI's
 * {@code --sync-rate}); 100 MiB/s by default, DRBD's default c-max-rate.
 */
public record LabOptions(Duration latency, Duration commandTimeout, boolean deviceMapper, ToolVersions versions, Instant start,
                         long syncRate) {
    public static final long DEFAULT_SYNC_RATE = 100L * 1024 * 1024;

    public LabOptions {
        Objects.requireNonNull(latency);
        Objects.requireNonNull(commandTimeout);
        Objects.requireNonNull(versions);
        Objects.requireNonNull(start);
        if (latency.isNegative() || commandTimeout.isNegative()) throw new IllegalArgumentException("durations cannot be negative");
        if (syncRate < 1) throw new IllegalArgumentException("the sync rate must be at least one byte per second");
    }

    /** A storage server: device-mapper present, Debian 12 tools, the clock at a fixed instant. */
    public static LabOptions defaults() {
        return new LabOptions(Duration.ZERO, Duration.ofSeconds(60), true, ToolVersions.debian12(), Instant.parse("2026-01-01T00:00:00Z"),
                DEFAULT_SYNC_RATE);
    }

    public LabOptions withLatency(Duration value) { return new LabOptions(value, commandTimeout, deviceMapper, versions, start, syncRate); }

    public LabOptions withCommandTimeout(Duration value) { return new LabOptions(latency, value, deviceMapper, versions, start, syncRate); }

    public LabOptions withoutDeviceMapper() { return new LabOptions(latency, commandTimeout, false, versions, start, syncRate); }

    public LabOptions withVersions(ToolVersions value) { return new LabOptions(latency, commandTimeout, deviceMapper, value, start, syncRate); }

    public LabOptions withSyncRate(long bytesPerSecond) {
        return new LabOptions(latency, commandTimeout, deviceMapper, versions, start, bytesPerSecond);
    }

    public LabOptions withStart(Instant value) { return new LabOptions(latency, commandTimeout, deviceMapper, versions, value, syncRate); }
}
