package dev.berth.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads logical volumes with the real {@code lvs}: this host's with its own lvm.conf, or a peer's
 * straight from the physical volumes it published (every host sees every loop device; a
 * {@code --config} filter that accepts only those shows the peer's volume group and nothing of
 * this host's, even when both are called vg0). That is how a resize sees a peer's grown LV,
 * as the DRBD kernel on the peer would.
 */
final class LogicalVolumes {
    private LogicalVolumes() {}

    /** This host's volumes; {@code prefix} enters its mount namespace when the resident server asks. */
    static VolumeList own(List<String> prefix) { return run(prefix, List.of()); }

    static VolumeList on(List<String> prefix, List<String> physicalVolumes) {
        if (physicalVolumes.isEmpty()) return new VolumeList(List.of());
        StringBuilder filter = new StringBuilder("[ ");
        for (String pv : physicalVolumes) filter.append("\"a|^").append(pv).append("$|\", ");
        filter.append("\"r|.*|\" ]");
        String config = "devices { filter = " + filter + " global_filter = " + filter + " use_devicesfile = 0 } global { activation = 0 }";
        return run(prefix, List.of("--config", config));
    }

    private static VolumeList run(List<String> prefix, List<String> extra) {
        List<String> argv = new ArrayList<>(prefix);
        argv.add("lvs");
        argv.addAll(extra);
        argv.addAll(List.of("--noheadings", "--units", "b", "--nosuffix", "--separator", "|", "-o", "vg_name,lv_name,lv_uuid,lv_size,devices"));
        List<VolumeList.Entry> entries = new ArrayList<>();
        for (String line : output(argv).split("\n")) {
            String[] fields = line.trim().split("\\|", -1);
            if (fields.length != 5) continue;
            List<String> pvs = new ArrayList<>();
            for (String device : fields[4].split(",")) if (!device.isBlank()) pvs.add(device.replaceFirst("\\(\\d+\\)$", ""));
            entries.add(new VolumeList.Entry("/dev/" + fields[0] + "/" + fields[1], Long.parseLong(fields[3]), fields[2], pvs));
        }
        return new VolumeList(entries);
    }

    private static String output(List<String> argv) {
        try {
            Process process = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new StandinException("lvs did not answer within 60 s: cannot find backing devices");
            }
            if (process.exitValue() != 0) throw new StandinException("lvs failed with exit code " + process.exitValue() + ": cannot find backing devices");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run lvs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StandinException("interrupted while running lvs");
        }
    }
}
