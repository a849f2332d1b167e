package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Discovery and plan against two real hosts over real SSH, with changes made by hand in between. */
@Tag("realhost")
class RealHostDiscoveryTest {
    @RegisterExtension
    static final RealHostsExtension HOSTS = new RealHostsExtension(2, "--disk-size", "256M");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void removeWhatTheTestMade() {
        for (int host = 1; host <= 2; host++) {
            hosts().ssh(host, "lvremove -qq -y -S 'lv_name=~.' vg_berth >/dev/null 2>&1; rm -f /etc/drbd.d/*.res /var/lib/berth/only-on-host-1");
        }
    }

    @Test
    void eachHostHasItsOwnNameFilesAndTheDrbdStandinHook() {
        for (int host = 1; host <= 2; host++) {
            String seen = ok(hosts().ssh(host, "uname -n; echo $HOME; cat /run/drbd-standin/shared-dir; "
                    + "test -f /run/drbd-standin/faults && echo faults; grep -c " + hosts().loopDevice(host) + " /etc/lvm/lvm.conf; "
                    + "if cmp -s /usr/sbin/drbdsetup " + RealHosts.SCRIPTS.resolve("drbdsetup") + "; then echo standin-bound; fi"));
            String standin = RealHosts.standinInstalled() ? "standin-bound\n" : "";
            assertEquals("host-" + host + "\n/run/berth-home\n" + hosts().sharedDir() + "\nfaults\n2\n" + standin, seen);
        }
        ok(hosts().ssh(1, "touch /var/lib/berth/only-on-host-1"));
        assertEquals(1, hosts().ssh(2, "test -e /var/lib/berth/only-on-host-1").exitCode(), "/var/lib/berth is per host");
    }

    @Test
    void discoveryReadsThePoolsAndTheVolumesMadeByHand() {
        ok(hosts().ssh(1, "lvcreate -qq -n mine -L 8m vg_berth && lvcreate -qq -n db_00000 -L 12m --addtag berth vg_berth"));

        JsonNode one = discover().path("hosts").path("host-1");
        assertTrue(one.path("reachable").asBoolean(), one::toString);
        assertEquals("host-1", one.path("facts").path("hostname").asString());
        assertEquals("9.2.12", one.path("facts").path("drbdKernelVersion").asString(), "drbdadm honours DRBD_DRIVER_VERSION_OVERRIDE");
        JsonNode group = one.path("inventory").path("lvm").path("volumeGroups").path("known").get(0);
        assertEquals("vg_berth", group.path("name").asString());
        assertEquals(63 * 4 * 1024 * 1024L, group.path("size").path("bytes").asLong(), "256 MiB less LVM's metadata area, in 4 MiB extents");
        assertEquals((63 - 5) * 4 * 1024 * 1024L, group.path("free").path("bytes").asLong(), "8 MiB and 12 MiB taken");
        assertEquals(Map.of("db_00000", "12582912 berth", "mine", "8388608 -"), volumes(one));

        JsonNode two = discover().path("hosts").path("host-2");
        assertEquals(Map.of(), volumes(two), "each host's LVM sees only its own loop device");
    }

    @Test
    void aResourceFileWrittenByHandParsesWithTheRealDrbdadmOnEachHost() {
        for (int host = 1; host <= 2; host++) writeResourceFile(host, 7100);
        // drbdadm picks the 'on' section by the namespace's hostname: node-id 0 on host-1, 1 on host-2
        assertTrue(ok(hosts().ssh(1, "drbdadm -d up hand")).contains("new-resource hand 0"));
        assertTrue(ok(hosts().ssh(2, "drbdadm -d up hand")).contains("new-resource hand 1"));

        JsonNode configured = discover().path("hosts").path("host-1").path("inventory").path("drbd").path("configured");
        assertTrue(configured.toString().contains("\"hand\""), configured::toString);
        assertTrue(configured.toString().contains("7100"), configured::toString);
    }

    @Test
    void changesMadeByHandShowUpInTheNextPlanAndDiscovery() {
        ok(hosts().ssh(1, "lvcreate -qq -n stray -L 8m vg_berth"));
        writeResourceFile(1, 7100);
        Path stack = hosts().writeStack("hand-changes", "");
        assertTrue(plan(stack).out().contains("vg_berth/stray"), "an LV Berth did not make is listed as left alone");
        assertTrue(discover().path("hosts").path("host-1").path("inventory").path("drbd").toString().contains("7100"));

        ok(hosts().ssh(1, "lvremove -qq -y vg_berth/stray && sed -i 's/:7100/:7200/' /etc/drbd.d/hand.res"));
        assertFalse(plan(stack).out().contains("vg_berth/stray"), "the removed LV is gone from the next plan");
        String drbd = discover().path("hosts").path("host-1").path("inventory").path("drbd").toString();
        assertTrue(drbd.contains("7200") && !drbd.contains("7100"), drbd);
    }

    @Test
    void aHostWithAnUnknownHostKeyIsRefusedWithItsFingerprint() throws IOException {
        Path partial = hosts().dir().resolve("known_hosts.without-host-2");
        List<String> lines = Files.readAllLines(hosts().knownHosts());
        Files.write(partial, lines.stream().filter(line -> !line.contains(hosts().address(2))).toList());
        Path stack = hosts().writeStack("unknown-key", "");
        Files.writeString(stack, Files.readString(stack).replace(hosts().knownHosts().toString(), partial.toString()));

        CliRun run = CliRun.of("discover", stack.toString(), "--state-dir", hosts().dir().resolve("state").toString());
        assertEquals(2, run.exitCode(), run::toString);
        String fingerprint = ok(RealHosts.run(List.of("ssh-keygen", "-l", "-f",
                hosts().hostDir(2).resolve("ssh/ssh_host_ed25519_key.pub").toString()), Map.of(), 30)).split(" ")[1];
        assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);
        assertTrue((run.out() + run.err()).contains(fingerprint), run::toString);
        assertTrue(run.out().contains("host-1: uname host-1"), "the other host is still discovered\n" + run);
    }

    private static RealHosts hosts() { return HOSTS.hosts(); }

    private static JsonNode discover() {
        Path stack = hosts().dir().resolve("stack.yaml");
        CliRun run = CliRun.of("discover", stack.toString(), "--format", "json", "--state-dir", hosts().dir().resolve("state").toString());
        assertEquals(0, run.exitCode(), run::toString);
        return JSON.readTree(run.out());
    }

    private static CliRun plan(Path stack) {
        CliRun run = CliRun.of("plan", stack.toString(), "--state-dir", hosts().dir().resolve("state").toString());
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    /** name -> "bytes tag-or-dash", for one host's logical volumes. */
    private static Map<String, String> volumes(JsonNode host) {
        Map<String, String> volumes = new TreeMap<>();
        for (JsonNode volume : host.path("inventory").path("lvm").path("logicalVolumes").path("known")) {
            volumes.put(volume.path("name").asString(), volume.path("size").path("bytes").asLong() + " "
                    + (volume.path("berths").asBoolean() ? "berth" : "-"));
        }
        return volumes;
    }

    private static void writeResourceFile(int host, int port) {
        String file = "resource hand {\n"
                + "    on host-1 { node-id 0; address " + hosts().address(1) + ":" + port + ";\n"
                + "        volume 0 { device minor 100; disk /dev/vg_berth/hand_00000; meta-disk internal; } }\n"
                + "    on host-2 { node-id 1; address " + hosts().address(2) + ":" + port + ";\n"
                + "        volume 0 { device minor 100; disk /dev/vg_berth/hand_00000; meta-disk internal; } }\n"
                + "    connection-mesh { hosts host-1 host-2; }\n"
                + "}\n";
        ok(hosts().ssh(host, "cat > /etc/drbd.d/hand.res <<'EOF'\n" + file + "EOF"));
    }

    private static String ok(RealHosts.Run run) {
        assertEquals(0, run.exitCode(), run::toString);
        return run.stdout();
    }
}
