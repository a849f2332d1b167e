package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seam part 2 builds on, exercised by a stand-in DRBD: it takes over drbd-utils' programs,
 * keeps state in its own extension, holds backing devices open (so LVM and wipefs see them busy),
 * provides /proc/drbd, reads device sizes and reaches its peers.
 */
class SeamTest {
    @TempDir
    Path dir;

    /** The stand-in's persisted state: which devices are attached. */
    public static final class AttachState {
        public List<String> attached = new ArrayList<>();
    }

    static final class StandInDrbd implements SimTool {
        // its own extension key: the lab's DRBD tool, registered before it, keeps "drbd"
        @Override public String name() { return "drbd-stand-in"; }

        @Override public Set<String> programs() { return Set.of("drbdsetup", "drbdadm"); }

        @Override
        public CommandResult run(SimHost host, Command command, String stdin) {
            List<String> args = command.argv();
            AttachState state = host.extension(name(), AttachState.class, AttachState::new);
            switch (args.get(1)) {
                case "attach":
                    state.attached.add(args.get(2));
                    return CommandResult.ok("");
                case "detach":
                    state.attached.remove(args.get(2));
                    return CommandResult.ok("");
                case "size":
                    return CommandResult.ok(host.devices().find(args.get(2)).map(d -> d.size().bytes() + "\n").orElse("none\n"));
                default:
                    return CommandResult.ok(host.lab().hostNamed(args.get(2)).map(SimHost::address).orElse("unknown") + "\n");
            }
        }

        @Override
        public Optional<String> holder(SimHost host, BlockDevice device) {
            AttachState state = host.extension(name(), AttachState.class, AttachState::new);
            return state.attached.stream().anyMatch(device::answersTo) ? Optional.of("DRBD") : Optional.empty();
        }

        @Override
        public Optional<String> virtualFile(SimHost host, String path) {
            return path.equals("/proc/drbd") ? Optional.of("version: 9.2.5 (api:2/proto:86-122)\n") : Optional.empty();
        }
    }

    @Test
    void aToolPluggedInBesideTheOthersSeesAndIsSeenByThem() {
        // hosts without the module, so that the lab's own DRBD tool stays out of the stand-in's way
        LabFixture.threeNodesWithoutDrbd(dir);
        SimLab lab = SimLab.open(dir, StandardTools.registry().with(new StandInDrbd()));
        SimHost host = lab.host("worker-1");
        run(host, "vgcreate", "vg0", "/dev/nvme0n1");
        run(host, "lvcreate", "--size", "1048576k", "vg0", "-n", "r0_00000", "-y");
        assertEquals("1073741824\n", run(host, "drbdsetup", "size", "/dev/vg0/r0_00000").stdout());
        assertEquals("10.0.0.2\n", run(host, "drbdsetup", "peer", "worker-2").stdout());
        assertEquals("version: 9.2.5 (api:2/proto:86-122)\n", run(host, "cat", "/proc/drbd").stdout());

        run(host, "drbdsetup", "attach", "/dev/vg0/r0_00000");
        assertEquals("  -wi-ao----\n", run(host, "lvs", "--noheadings", "-o", "lv_attr", "vg0/r0_00000").stdout());
        assertEquals(new CommandResult(5, "", "  Logical volume vg0/r0_00000 in use.\n"), run(host, "lvremove", "-f", "vg0/r0_00000"));
        assertTrue(run(host, "wipefs", "-a", "/dev/mapper/vg0-r0_00000").stderr().contains("Device or resource busy"));
        assertTrue(run(host, "lvreduce", "-f", "-L", "512m", "vg0/r0_00000").stderr().contains("Reducing active and open logical volume"));

        SimLab reopened = SimLab.open(dir, StandardTools.registry().with(new StandInDrbd()));
        assertEquals(5, run(reopened.host("worker-1"), "lvremove", "-f", "vg0/r0_00000").exitCode(), "the tool's state persisted");
        run(reopened.host("worker-1"), "drbdsetup", "detach", "/dev/vg0/r0_00000");
        assertEquals(0, run(reopened.host("worker-1"), "lvremove", "-f", "vg0/r0_00000").exitCode());
    }

    @Test
    void withoutTheKernelPartDrbdUtilsAnswersLikeAHostWithoutTheModule() {
        SimHost host = LabFixture.threeNodesWithoutDrbd(dir).host("worker-1");
        CommandResult status = run(host, "drbdsetup", "status", "--json");
        assertEquals(new CommandResult(20, Fixtures.text("drbdsetup/status-json-no-module.json"), Fixtures.text("drbdsetup/status-json-no-module.stderr")), status);
        assertEquals(new CommandResult(20, "", Fixtures.text("drbdsetup/show-json-no-module.stderr")), run(host, "drbdsetup", "show", "--json"));
        CommandResult version = run(host, "drbdadm", "--version");
        assertTrue(version.stdout().contains("DRBD_KERNEL_VERSION_CODE=0x000000\n") && version.stdout().contains("DRBDADM_VERSION_CODE=0x091600\n"));
        assertEquals(new CommandResult(1, "", "cat: /proc/drbd: No such file or directory\n"), run(host, "cat", "/proc/drbd"));
        assertEquals(new CommandResult(1, "", "sh: 1: modinfo: not found\nsh: 1: modinfo: not found\nno resources defined!\n"),
                run(host, "drbdadm", "up", "r0"));
    }

    @Test
    void aProgramTheLabDoesNotKnowIsNotFound() {
        CommandResult missing = run(LabFixture.threeNodes(dir).host("worker-1"), "/usr/sbin/linstor", "node", "list");
        assertEquals(127, missing.exitCode());
        assertTrue(missing.stderr().startsWith("sh: 1: linstor: not found\nberth-lab:"), missing.stderr());
    }
}
