package dev.berth.sim;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.FileCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import static dev.berth.sim.LabFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transport's file contract on a lab host: read, atomic write, and the coreutils messages around them. */
class FileCommandsTest {
    @TempDir
    Path dir;

    @Test
    void theHostAdapterReadsAndWritesFilesThroughTheContractCommands() throws Exception {
        SimLab lab = LabFixture.threeNodes(dir);
        LabHost host = lab.connect("worker-1");
        assertEquals(Optional.empty(), host.readFile("/var/lib/berth/state.json"));
        host.writeFile("/var/lib/berth/state.json", "{\"plan\":\"p1\"}\n", "0600");
        assertEquals(Optional.of("{\"plan\":\"p1\"}\n"), host.readFile("/var/lib/berth/state.json"));
        Path mirrored = dir.resolve("worker-1/var/lib/berth/state.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(mirrored)));
        host.writeFile("/var/lib/berth/state.json", "{}\n", "0644");
        assertEquals("{}\n", Files.readString(mirrored));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(mirrored)));
    }

    @Test
    void catOfAMissingFileIsWhatTheTransportCallsMissing() {
        SimHost host = LabFixture.threeNodes(dir).host("worker-1");
        CommandResult missing = host.run(FileCommands.read("/nope"), "");
        assertEquals(new CommandResult(1, "", "cat: /nope: No such file or directory\n"), missing);
        assertTrue(FileCommands.isMissing(missing));
        assertEquals(new CommandResult(1, "", "cat: /etc: Is a directory\n"), run(host, "cat", "--", "/etc"));
    }

    @Test
    void anotherShellScriptIsRefusedAsNotSimulated() {
        CommandResult refused = run(LabFixture.threeNodes(dir).host("worker-1"), "sh", "-c", "echo hi > /tmp/x");
        assertEquals(127, refused.exitCode());
        assertTrue(refused.stderr().contains("not implemented by the simulated lab"), refused.stderr());
    }

    @Test
    void coreutilsMessagesAreTheRealOnes() {
        SimHost host = LabFixture.threeNodes(dir).host("worker-2");
        assertEquals(new CommandResult(1, "", "mkdir: cannot create directory '/a/b': No such file or directory\n"), run(host, "mkdir", "/a/b"));
        assertEquals(new CommandResult(1, "", "mkdir: cannot create directory '/etc': File exists\n"), run(host, "mkdir", "/etc"));
        assertEquals(new CommandResult(1, "", "mkdir: cannot create directory '/etc/drbd.conf': Not a directory\n"),
                run(host, "mkdir", "-p", "/etc/drbd.conf/x"));
        assertEquals(new CommandResult(1, "", "rmdir: failed to remove '/etc': Directory not empty\n"), run(host, "rmdir", "/etc"));
        assertEquals(new CommandResult(1, "", "rm: cannot remove '/etc': Is a directory\n"), run(host, "rm", "-f", "/etc"));
        assertEquals(0, run(host, "rm", "-f", "/nope").exitCode());
        assertEquals(new CommandResult(1, "", "mv: cannot stat '/nope': No such file or directory\n"), run(host, "mv", "/nope", "/b"));
        assertEquals(new CommandResult(2, "", "ls: cannot access '/var/lib/linstor.d': No such file or directory\n"),
                host.run(DiscoveryCommands.LINSTOR_RESOURCES, ""));
        assertEquals(0, run(host, "mv", "/etc/drbd.conf", "/etc/drbd.conf.old").exitCode());
        assertEquals("drbd.conf.old\ndrbd.d\n", run(host, "ls", "-1A", "/etc").stdout());
    }

    @Test
    void theResourceFilesCommandGivesPathAndBytesSeparatedByNul() {
        SimLab lab = LabFixture.threeNodes(dir);
        SimHost host = lab.host("worker-3");
        host.run(FileCommands.atomicWrite("/etc/drbd.d/r1.res", "0644"), "resource r1 {}\n");
        host.run(FileCommands.atomicWrite("/etc/drbd.d/r0.res", "0644"), "resource r0 {}\n");
        CommandResult found = host.run(DiscoveryCommands.RESOURCE_FILES, "");
        assertEquals("/etc/drbd.d/r0.res\0resource r0 {}\n\0/etc/drbd.d/r1.res\0resource r1 {}\n\0", found.stdout());
        run(host, "rm", "-r", "/etc/drbd.d");
        assertEquals(new CommandResult(1, "", "find: '/etc/drbd.d': No such file or directory\n"), host.run(DiscoveryCommands.RESOURCE_FILES, ""));
    }

    @Test
    void theLabsOwnFolderAndPathsOutsideTheMirrorDoNotExistForTheHost() {
        SimHost host = LabFixture.threeNodes(dir).host("worker-1");
        assertEquals(1, run(host, "cat", "--", "/.sim/state.json").exitCode());
        assertEquals(1, run(host, "cat", "--", "/../worker-2/etc/drbd.conf").exitCode());
        assertFalse(run(host, "ls", "-1A", "/").stdout().contains(".sim"));
        assertEquals(1, host.run(FileCommands.atomicWrite("/.sim/state.json", "0600"), "{}").exitCode());
    }

    @Test
    void aNewHostHasDebiansDrbdConfiguration() {
        SimHost host = LabFixture.threeNodes(dir).host("worker-1");
        assertEquals(InitialFiles.DRBD_CONF, run(host, "cat", "/etc/drbd.conf").stdout());
        assertTrue(host.run(Command.of("ls", "-1A", "/etc/drbd.d"), "").stdout().contains("global_common.conf"));
    }
}
