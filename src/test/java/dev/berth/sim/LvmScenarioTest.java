package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays fixtures/lvm-scenario (79 commands run on real lvm2 2.03.16 with {@code activation = 0},
 * see its capture.sh) on a lab host built like that machine, and compares every stdout, stderr
 * and exit code byte for byte, uuids aside. This is the proof that allocation, rounding, reports
 * and error messages are lvm2's and not a guess.
 */
class LvmScenarioTest {
    @TempDir
    Path dir;

    @Test
    void everyStepAnswersLikeRealLvm() {
        String blkid = Fixtures.text("lvm-scenario/02-blkid-ext4.txt");
        String ext4Uuid = blkid.lines().filter(l -> l.startsWith("UUID=")).findFirst().orElseThrow().substring(5);
        LabNode node = new LabNode("vm", "vm", "192.0.2.1", List.of(
                LabDevice.blank("/dev/loop0", Size.ofGiB(1)), LabDevice.blank("/dev/loop1", Size.ofGiB(1)),
                LabDevice.blank("/dev/loop2", Size.ofGiB(1)).withSignature(Signature.ext4("berthtest", ext4Uuid)),
                LabDevice.blank("/dev/loop3", Size.ofGiB(1)).hiddenByLvmFilter()));
        SimHost host = SimLab.create(dir, List.of(node), LabOptions.defaults().withoutDeviceMapper()).host("vm");
        Fixtures.UuidNames expectedNames = new Fixtures.UuidNames();
        Fixtures.UuidNames actualNames = new Fixtures.UuidNames();
        List<String> mismatches = new ArrayList<>();
        for (String line : Fixtures.text("lvm-scenario/steps.tsv").split("\n")) {
            String[] columns = line.split("\t");
            String step = columns[0];
            int exit = Integer.parseInt(columns[1]);
            List<String> argv = Arrays.asList(columns).subList(2, columns.length);
            CommandResult result = host.run(new Command(argv), "");
            compare(mismatches, step, "exit code", String.valueOf(exit), String.valueOf(result.exitCode()));
            compare(mismatches, step, "stdout", expectedNames.apply(Fixtures.text("lvm-scenario/" + step + ".txt")), actualNames.apply(result.stdout()));
            compare(mismatches, step, "stderr", expectedNames.apply(Fixtures.text("lvm-scenario/" + step + ".stderr")), actualNames.apply(result.stderr()));
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " differences from real lvm2:\n" + String.join("\n", mismatches));
    }

    private static void compare(List<String> mismatches, String step, String what, String expected, String actual) {
        if (!expected.equals(actual)) mismatches.add("== " + step + " " + what + "\n-- real:\n" + expected + "-- lab:\n" + actual);
    }
}
