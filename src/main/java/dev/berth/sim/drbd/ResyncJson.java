package dev.berth.sim.drbd;

/**
 * The resync details of a peer device in {@code status --json} (peer_device_status_json's
 * sync_details branch): totals and windows in sectors and milliseconds, then the derived rates,
 * the estimate and percent-resync-done, each computed with drbdsetup's own arithmetic.
 */
final class ResyncJson {
    private ResyncJson() {}

    static void append(StringBuilder out, Statistics stats) {
        ResyncState resync = stats.resync;
        String pad = "          ";
        out.append(pad).append("\"rs-total\": ").append(resync.totalSectors).append(",\n")
                .append(pad).append("\"rs-dt-start-ms\": ").append(stats.elapsedMs).append(",\n")
                .append(pad).append("\"rs-paused-ms\": 0,\n")
                .append(pad).append("\"rs-dt0-ms\": ").append(stats.windowMs).append(",\n")
                .append(pad).append("\"rs-db0-sectors\": ").append(stats.windowSectors).append(",\n")
                .append(pad).append("\"rs-dt1-ms\": ").append(stats.windowMs).append(",\n")
                .append(pad).append("\"rs-db1-sectors\": ").append(stats.windowSectors).append(",\n")
                .append(pad).append("\"rs-failed\": 0,\n")
                .append(pad).append("\"rs-same-csum\": 0,\n");
        double want = resync.bytesPerSecond / 1024.0 / 1024.0;
        out.append(pad).append("\"want\": ").append(PrintfNumbers.fixed(want, 2)).append(",\n");
        double windowRate = Statistics.rate(stats.windowSectors, stats.windowMs);
        out.append(pad).append("\"db0/dt0 [MiB/s]\": ").append(PrintfNumbers.fixed(windowRate, 2)).append(",\n");
        out.append(pad).append("\"db1/dt1 [MiB/s]\": ").append(PrintfNumbers.fixed(windowRate, 2)).append(",\n");
        double dt1 = stats.windowMs == 0 ? 1 : stats.windowMs;
        double estimate = stats.windowSectors <= 0 ? 987654321 : dt1 * 1e-3 * stats.outOfSync / stats.windowSectors;
        out.append(pad).append("\"estimated-seconds-to-finish\": ").append(PrintfNumbers.fixed(estimate, 0)).append(",\n");
        double moved = resync.totalSectors - stats.outOfSync;
        out.append(pad).append("\"db/dt [MiB/s]\": ").append(PrintfNumbers.fixed(Statistics.rate(moved, stats.elapsedMs), 2)).append(",\n");
        out.append(pad).append("\"percent-resync-done\": ").append(PrintfNumbers.fixed(stats.percentDone(), 2)).append("\n");
    }
}
