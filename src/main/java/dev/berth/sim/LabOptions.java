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
 */
public record LabOptions(Duration latency, Duration commandTimeout, boolean deviceMapper, ToolVersions versions, Instant start) {
    public LabOptions {
        Objects.requireNonNull(latency);
        Objects.requireNonNull(commandTimeout);
        Objects.requireNonNull(versions);
        Objects.requireNonNull(start);
        if (latency.isNegative() || commandTimeout.isNegative()) throw new IllegalArgumentException("durations cannot be negative");
    }

    /** A storage server: device-mapper present, Debian 12 tools, the clock at a fixed instant. */
    public static LabOptions defaults() {
        return new LabOptions(Duration.ZERO, Duration.ofSeconds(60), true, ToolVersions.debian12(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    public LabOptions withLatency(Duration value) { return new LabOptions(value, commandTimeout, deviceMapper, versions, start); }

    public LabOptions withCommandTimeout(Duration value) { return new LabOptions(latency, value, deviceMapper, versions, start); }

    public LabOptions withoutDeviceMapper() { return new LabOptions(latency, commandTimeout, false, versions, start); }

    public LabOptions withVersions(ToolVersions value) { return new LabOptions(latency, commandTimeout, deviceMapper, value, start); }

    public LabOptions withStart(Instant value) { return new LabOptions(latency, commandTimeout, deviceMapper, versions, value); }
}
