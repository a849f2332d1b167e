package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import dev.berth.sim.LabDevice;
import dev.berth.sim.LabNode;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimHost;
import dev.berth.sim.SimLab;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LVM session captured over SSH on a real test host (fixtures/lvm-realhost) gives the same
 * exit codes, stdout and stderr on a simulated host built like it. Needs no real host: this is the
 * part of the conformance that runs everywhere.
 */
class CapturedRefusalsTest {
    @TempDir
    Path dir;

    @Test
    void theSimulatedHostAnswersTheCapturedSessionByteForByte() throws IOException {
        SimLab lab = SimLab.create(dir, List.of(new LabNode("host-1", "host-1", "127.0.1.1",
                List.of(LabDevice.blank("/dev/loop0", Size.ofMiB(256))))), LabOptions.defaults().withoutDeviceMapper());
        SimHost host = lab.host("host-1");
        run(host, List.of("pvcreate", "/dev/loop0"));
        run(host, List.of("vgcreate", "vg_berth", "/dev/loop0"));
        for (LvmRefusals.Step step : LvmRefusals.STEPS) {
            CommandResult result = run(host, step.argv());
            String expected = new CommandResult(step.exitCode(), fixture(step.label() + ".txt"), fixture(step.label() + ".stderr")).toString();
            assertEquals(expected, result.toString(), step.label() + ": " + String.join(" ", step.argv()));
        }
    }

    private static CommandResult run(SimHost host, List<String> argv) {
        return host.run(new Command(argv), "");
    }

    /** A capture, or "" for an output that was empty (no file, as the capture left none). */
    private static String fixture(String name) throws IOException {
        try (InputStream in = CapturedRefusalsTest.class.getResourceAsStream("/fixtures/lvm-realhost/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
