package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.drbd.ResourceConfig;
import dev.berth.model.CommandResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drbdadm's answers on a host: foreign resources, configuration checks, existing metadata, status text, held devices, auto-promote. */
class DrbdadmCommandTest {
    @TempDir
    Path dir;

    @Test
    void aResourceWithoutThisHostIsNotDefinedForIt() {
        DrbdLab lab = new DrbdLab(dir, 4);
        lab.writeFile("delta", InitialSyncTest.r0());
        assertEquals(new CommandResult(1, "", "'r0' not defined in your config (for this host).\n"), lab.run("delta", "drbdadm", "dump", "r0"));
        assertEquals(new CommandResult(1, "", "'r0' not defined in your config (for this host).\n"), lab.run("delta", "drbdadm", "up", "r0"));
        String all = lab.ok("delta", "drbdadm", "dump", "all");
        assertTrue(all.contains("# resource r0 on delta: ignored, not stacked\n"), all);
        assertTrue(!all.contains("_name"), "no connection is delta's");
    }

    @Test
    void theModuleIsLoaded() throws Exception {
        DrbdLab lab = new DrbdLab(dir, 1);
        String fixture;
        try (var in = getClass().getResourceAsStream("/fixtures/drbdadm/version.txt")) {
            fixture = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(new CommandResult(0, fixture, ""), lab.run("alpha", "drbdadm", "--version"), "as drbdadm 9.22 prints it for a 9.2.5 module");
        assertTrue(lab.ok("alpha", "cat", "/proc/drbd").startsWith("version: 9.2.5 (api:2/proto:86-122)\n"));
        assertEquals(new CommandResult(0, "[\n]\n\n", ""), lab.run("alpha", "drbdsetup", "status", "--json"));
        assertEquals("# No currently configured DRBD found.\n", lab.ok("alpha", "drbdsetup", "show"));
        assertEquals("exists -\n", lab.ok("alpha", "drbdsetup", "events2", "--now"));
    }

    @Test
    void aCandidateFileIsCheckedBeforeItReplacesTheOldOne() throws Exception {
        DrbdLab lab = new DrbdLab(dir, 3);
        lab.writeFile("alpha", InitialSyncTest.r0());
        lab.host("alpha").files().write("/etc/drbd.d/r0.res_tmp", "resource r0 {\n  on alpha {\n", 0644);
        CommandResult broken = lab.run("alpha", "drbdadm", "--config-to-test", "/etc/drbd.d/r0.res_tmp", "--config-to-exclude", "/etc/drbd.d/r0.res", "sh-nop");
        assertEquals(10, broken.exitCode(), broken.toString());
        assertTrue(broken.stderr().startsWith("/etc/drbd.d/r0.res_tmp:"), broken.stderr());
        lab.host("alpha").files().write("/etc/drbd.d/r0.res_tmp", dev.berth.drbd.ResourceFileWriter.write(InitialSyncTest.r0(), DrbdLab.SECRET), 0644);
        assertEquals(new CommandResult(0, "", ""),
                lab.run("alpha", "drbdadm", "--config-to-test", "/etc/drbd.d/r0.res_tmp", "--config-to-exclude", "/etc/drbd.d/r0.res", "sh-nop"));
    }

    @Test
    void createMdAsksBeforeOverwritingAndOnlyForceSaysYes() {
        DrbdLab lab = new DrbdLab(dir, 3);
        lab.lv("alpha", "r0_00000", "1g");
        lab.writeFile("alpha", InitialSyncTest.r0());
        String created = lab.ok("alpha", "drbdadm", "create-md", "r0");
        assertEquals("initializing activity log\nWriting meta data...\nNew drbd meta data block successfully created.\n", created);
        CommandResult again = lab.run("alpha", "drbdadm", "create-md", "r0");
        assertEquals(1, again.exitCode());
        assertEquals("Operation cancelled.\n", again.stdout());
        assertTrue(again.stderr().endsWith("Do you really want to overwrite the existing meta-data?\nstdin not a TTY, not waiting for confirmation\n"),
                again.stderr());
        assertTrue(lab.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md").contains("\nmax-peers 2;\n"),
                "without --max-peers: the diskful peers in the file");
        lab.ok("alpha", "drbdadm", "--max-peers", "7", "--", "--force", "create-md", "r0");
        assertTrue(lab.ok("alpha", "drbdmeta", "1000", "v09", "/dev/vg0/r0_00000", "internal", "dump-md").contains("\nmax-peers 7;\n"));
    }

    @Test
    void statusTextHeldDevicesAndAutoPromote() {
        ResourceConfig promoting = DrbdLab.resource("r0", 1000, 7000, InitialSyncTest.HOSTS, List.of(), Map.of("quorum", "majority"));
        DrbdLab lab = InitialSyncTest.threeNodes(dir, promoting);
        lab.ok("alpha", "drbdadm", "--clear-bitmap", "new-current-uuid", "r0/0");
        lab.lab.down("gamma");
        assertEquals("r0 role:Secondary\n  disk:UpToDate\n  beta role:Secondary\n    peer-disk:UpToDate\n  gamma connection:Connecting\n\n",
                lab.ok("alpha", "drbdadm", "status", "r0"));
        CommandResult held = lab.run("alpha", "lvremove", "-f", "vg0/r0_00000");
        assertEquals(5, held.exitCode(), "an attached backing volume is in use");
        assertEquals(Optional.empty(), DrbdWrites.write(lab.lab, "alpha", "r0", 0, 4096), "auto-promote lets a Secondary write");
        assertEquals("Secondary", lab.status("alpha", "r0").get("role").asString(), "and demotes after");
        lab.ok("alpha", "drbdsetup", "resource-options", "r0", "--auto-promote=no");
        assertEquals(Optional.of("Wrong medium type"), DrbdWrites.write(lab.lab, "alpha", "r0", 0, 4096));
    }
}
