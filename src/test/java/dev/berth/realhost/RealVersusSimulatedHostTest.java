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
import dev.berth.sim.ToolVersions;
import dev.berth.testing.CliRun;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conformance: one real host and one simulated host, set up the same way (same loop device path
 * and size, same VG and LVs made with the same commands, same resource file), give the same
 * observed model through the same discovery commands, and the same LVM refusals byte for byte.
 * The differences tolerated are in {@link ToleratedDifferences}, each with its reason.
 */
@Tag("realhost")
class RealVersusSimulatedHostTest {
    @RegisterExtension
    static final RealHostsExtension HOSTS = new RealHostsExtension(1, "--disk-size", "256M");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSameSetUpGivesTheSameObservedModel() throws Exception {
        RealHosts hosts = HOSTS.hosts();
        SimHost simulated = simulatedTwin(hosts);
        String file = "resource db {\n    on host-1 { node-id 0; address " + hosts.address(1) + ":7000;\n"
                + "        volume 0 { device minor 1000; disk /dev/vg_berth/db_00000; meta-disk internal; } }\n}\n";
        for (String command : List.of("lvcreate -n plain -L 8m vg_berth", "lvcreate -n db_00000 -L 12m --addtag berth vg_berth",
                "lvcreate -n grown -L 4m vg_berth", "lvextend -L 16m vg_berth/grown")) {
            sameOutcome(hosts, simulated, command);
        }
        hosts.ssh(1, "cat > /etc/drbd.d/db.res <<'EOF'\n" + file + "EOF");
        simulated.files().write("/etc/drbd.d/db.res", file, 0644);

        Path stack = hosts.dir().resolve("stack.yaml");
        String state = hosts.dir().resolve("state").toString();
        JsonNode real = discover(CliRun.of("discover", stack.toString(), "--format", "json", "--state-dir", state));
        JsonNode twin = discover(CliRun.of("discover", stack.toString(), "--format", "json", "--state-dir", state,
                "--lab=" + simulated.lab().directory()));
        boolean standin = RealHosts.standinInstalled();
        assertEquals(pretty(ToleratedDifferences.without(twin, standin)), pretty(ToleratedDifferences.without(real, standin)));
    }

    @Test
    void theSimulatedLvmRefusesLikeTheRealOne() throws Exception {
        RealHosts hosts = HOSTS.hosts();
        SimHost simulated = simulatedTwin(hosts);
        hosts.ssh(1, "lvremove -qq -y -S 'lv_name=~.' vg_berth >/dev/null 2>&1");
        for (LvmRefusals.Step step : LvmRefusals.STEPS) {
            RealHosts.Run real = sameOutcome(hosts, simulated, String.join(" ", step.argv()));
            assertEquals(step.exitCode(), real.exitCode(), step.label() + ": " + real);
        }
    }

    /** A lab host named, addressed and equipped like real host 1, without device-mapper like it. */
    private static SimHost simulatedTwin(RealHosts hosts) throws Exception {
        String kernel = hosts.ssh(1, "uname -r").stdout().strip();
        String kernelVersion = hosts.ssh(1, "uname -v").stdout().strip();
        LabOptions options = LabOptions.defaults().withoutDeviceMapper()
                .withVersions(ToolVersions.debian12().withKernel(kernel, kernelVersion).withoutZfs().withDrbdModule("9.2.12"));
        Path labDir = java.nio.file.Files.createTempDirectory(hosts.dir(), "lab-");
        SimLab lab = SimLab.create(labDir, List.of(new LabNode("host-1", "host-1", hosts.address(1),
                List.of(LabDevice.blank(hosts.loopDevice(1), Size.ofMiB(256))))), options);
        SimHost host = lab.host("host-1");
        simulate(host, "pvcreate " + hosts.loopDevice(1));
        simulate(host, "vgcreate vg_berth " + hosts.loopDevice(1));
        return host;
    }

    /** Runs one LVM command on both hosts and checks exit code, stdout and stderr are equal. */
    private static RealHosts.Run sameOutcome(RealHosts hosts, SimHost simulated, String command) {
        RealHosts.Run real = hosts.ssh(1, command);
        CommandResult twin = simulate(simulated, command);
        assertEquals(real.toString(), new RealHosts.Run(twin.exitCode(), twin.stdout(), twin.stderr()).toString(), command);
        return real;
    }

    private static CommandResult simulate(SimHost host, String command) {
        return host.run(new Command(Arrays.asList(command.split(" "))), "");
    }

    private static JsonNode discover(CliRun run) {
        assertEquals(0, run.exitCode(), run::toString);
        return JSON.readTree(run.out()).path("hosts").path("host-1");
    }

    private static String pretty(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
