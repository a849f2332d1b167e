package dev.berth.drift;

import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code berth drift} on the simulated lab after the changes an admin makes by hand: each shows
 * with its kind, address and field, a freshly applied stack shows none, and the exit code says so.
 */
class DriftLabTest {
    @TempDir
    Path dir;

    String stack = Examples.FOLDER.resolve("mysql-ha").toString();

    String state() { return dir.resolve("state").toString(); }

    Path hostFile(String node, String path) { return dir.resolve("state/lab/mysql-ha").resolve(node).resolve(path.substring(1)); }

    @BeforeEach
    void applied() {
        CliRun apply = CliRun.of("apply", stack, "--state-dir", state(), "--auto-approve");
        assertEquals(0, apply.exitCode(), apply::toString);
    }

    void admin(String node, String... command) {
        List<String> args = new ArrayList<>(List.of("lab", "run", stack, node, "--state-dir", state(), "--"));
        args.addAll(List.of(command));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
    }

    /** The drift as "kind address field origin" lines, after checking the exit code. */
    List<String> drift(int exitCode, String... flags) {
        List<String> args = new ArrayList<>(List.of("drift", stack, "--state-dir", state(), "--format", "json"));
        args.addAll(List.of(flags));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(exitCode, run.exitCode(), run::toString);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        List<String> lines = new ArrayList<>();
        report.path("drift").forEach(d -> lines.add(d.path("kind").asString() + " " + d.path("address").asString() + " "
                + d.path("field").asString() + " " + d.path("origin").asString()));
        report.path("ignored").forEach(d -> lines.add("ignored " + d.path("address").asString() + " " + d.path("field").asString()
                + " because " + d.path("reason").asString()));
        return lines;
    }

    @Test
    void aFreshlyAppliedStackHasNoDrift() {
        assertEquals(List.of(), drift(0));
        CliRun text = CliRun.of("drift", stack, "--state-dir", state());
        assertEquals(0, text.exitCode(), text::toString);
        assertTrue(text.out().contains("No drift: 0 drifted (0 missing, 0 changed, 0 orphaned, 0 health), 0 ignored."), text::toString);
        assertTrue(text.out().contains("worker-2     plan "), "the last apply per host: " + text.out());
    }

    @Test
    void aGrownVolumeIsChangedInSize() {
        admin("worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        assertEquals(List.of("changed volume.mysql-data-1/0@worker-1 size since-last-apply"), drift(2));
    }

    @Test
    void aReplicaTakenDownAndItsVolumeRemovedAreMissing() {
        admin("worker-3", "drbdadm", "down", "mysql-data-2");
        admin("worker-3", "lvremove", "-y", "vg_fast/mysql-data-2_00000");
        List<String> drift = drift(2);
        assertTrue(drift.contains("missing drbd.mysql-data-2@worker-3 running since-last-apply"), drift::toString);
        assertTrue(drift.contains("missing volume.mysql-data-2/0@worker-3 volume since-last-apply"), drift::toString);
        assertTrue(drift.contains("health drbd.mysql-data-2@worker-1 connection worker-3 since-last-apply"), "its peers lost it: " + drift);
        assertEquals(4, drift.size(), drift::toString);
    }

    @Test
    void theSuggestedCommandsRepairAReplicaWhoseVolumeWasRemoved() {
        admin("worker-3", "drbdadm", "down", "mysql-data-2");
        admin("worker-3", "lvremove", "-y", "vg_fast/mysql-data-2_00000");
        CliRun text = CliRun.of("drift", stack, "--state-dir", state());
        assertTrue(text.out().contains("action:   on worker-3: drbdadm up mysql-data-2 (a plan does not start"), text::toString);
        assertTrue(text.out().contains("action:   on worker-3: recreate /dev/vg_fast/mysql-data-2_00000 (same size, tagged berth), "
                + "drbdadm create-md mysql-data-2/0, drbdadm up mysql-data-2"), text::toString);
        admin("worker-3", "lvcreate", "-V", "21483225088b", "-T", "vg_fast/thin", "-n", "mysql-data-2_00000", "--addtag", "berth");
        admin("worker-3", "drbdadm", "create-md", "--max-peers", "7", "--force", "mysql-data-2/0");
        admin("worker-3", "drbdadm", "up", "mysql-data-2");
        assertEquals(List.of("health drbd.mysql-data-2@worker-3 disk-state since-last-apply"), drift(2), "only the resync is left");
        assertTrue(CliRun.of("drift", stack, "--state-dir", state()).out().contains("Inconsistent, resync running"));
    }

    @Test
    void aReplicaTakenDownAndUpAgainHasNoDrift() {
        admin("worker-3", "drbdadm", "down", "mysql-data-2");
        assertEquals(List.of("health drbd.mysql-data-2@worker-1 connection worker-3 since-last-apply",
                "health drbd.mysql-data-2@worker-2 connection worker-3 since-last-apply",
                "missing drbd.mysql-data-2@worker-3 running since-last-apply"), drift(2), "down there, and both peers wait for it");
        admin("worker-3", "drbdadm", "up", "mysql-data-2");
        assertEquals(List.of(), drift(0));
    }

    @Test
    void anEditedResourceFileIsChangedPerOption() throws Exception {
        Path file = hostFile("worker-1", "/etc/drbd.d/mysql-data-0.res");
        Files.writeString(file, Files.readString(file).replace("protocol C;", "protocol A;\n        max-buffers 8000;"));
        assertEquals(List.of("changed drbd.mysql-data-0@worker-1 net.max-buffers since-last-apply",
                "changed drbd.mysql-data-0@worker-1 net.protocol since-last-apply"), drift(2));
    }

    @Test
    void aDisconnectedPeerIsHealthOnBothSides() {
        admin("worker-2", "drbdadm", "disconnect", "mysql-data-0:worker-3");
        assertEquals(List.of("health drbd.mysql-data-0@worker-2 connection worker-3 since-last-apply",
                "health drbd.mysql-data-0@worker-3 connection worker-2 since-last-apply"), drift(2));
        CliRun text = CliRun.of("drift", stack, "--state-dir", state());
        assertTrue(text.out().contains("on worker-2: drbdadm connect mysql-data-0:worker-3"), text::toString);
    }

    @Test
    void theSuggestedConnectClearsTheDrift() {
        admin("worker-2", "drbdadm", "disconnect", "mysql-data-0:worker-3");
        admin("worker-2", "drbdadm", "connect", "mysql-data-0:worker-3");
        assertEquals(List.of(), drift(0));
    }

    @Test
    void aSplitBrainIsNamedAndPointsToDrbdsGuide() {
        for (String node : List.of("worker-1", "worker-2", "worker-3")) admin(node, "drbdadm", "disconnect", "mysql-data-1");
        admin("worker-1", "drbdadm", "new-current-uuid", "mysql-data-1/0");
        admin("worker-2", "drbdadm", "new-current-uuid", "mysql-data-1/0");
        for (String node : List.of("worker-1", "worker-2", "worker-3")) admin(node, "drbdadm", "connect", "mysql-data-1");
        CliRun text = CliRun.of("drift", stack, "--state-dir", state());
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.out().contains("health   drbd.mysql-data-1@worker-1  connection worker-2\n      expected: Connected\n"
                + "      actual:   StandAlone on both sides: split brain"), text::toString);
        assertTrue(text.out().contains("drbdadm connect --discard-my-data mysql-data-1:<survivor>"), text::toString);
        assertTrue(text.out().contains("#s-resolve-split-brain"), text::toString);
    }

    @Test
    void anUnreachableHostIsHealthAndTheRestIsStillReported() {
        admin("worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        CliRun down = CliRun.of("lab", "down", stack, "worker-3", "--state-dir", state());
        assertEquals(0, down.exitCode(), down::toString);
        List<String> drift = drift(2);
        assertTrue(drift.contains("health node.worker-3 reachable since-last-apply"), drift::toString);
        assertTrue(drift.contains("changed volume.mysql-data-1/0@worker-1 size since-last-apply"), drift::toString);
        assertTrue(drift.contains("health drbd.mysql-data-0@worker-1 connection worker-3 since-last-apply"), drift::toString);
    }

    @Test
    void noHostAnsweringIsStillAReportNotAnError() {
        for (String node : List.of("worker-1", "worker-2", "worker-3")) CliRun.of("lab", "down", stack, node, "--state-dir", state());
        assertEquals(List.of("health node.worker-1 reachable never-applied", "health node.worker-2 reachable never-applied",
                "health node.worker-3 reachable never-applied"), drift(2));
    }

    @Test
    void mutedDriftIsShownAsIgnoredWithItsReason() throws Exception {
        String edited = stackWith("driftIgnore:\n  - { address: \"volume.mysql-data-1/*\", fields: [size], reason: grown by hand for the migration }\n");
        admin("worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        CliRun run = CliRun.of("drift", edited, "--state-dir", state());
        assertEquals(0, run.exitCode(), "muted drift is not drift: " + run);
        assertTrue(run.out().contains("Ignored by driftIgnore (1):\n  changed  volume.mysql-data-1/0@worker-1  size"), run::toString);
        assertTrue(run.out().contains("muted by volume.mysql-data-1/*: grown by hand for the migration"), run::toString);
        assertTrue(run.out().contains("0 drifted (0 missing, 0 changed, 0 orphaned, 0 health), 1 ignored"), run::toString);
        CliRun junit = CliRun.of("drift", edited, "--state-dir", state(), "--format", "junit");
        assertEquals(0, junit.exitCode(), junit::toString);
        assertTrue(junit.out().contains("failures=\"0\" errors=\"0\" skipped=\"1\""), junit::toString);
        assertTrue(junit.out().contains("<testcase classname=\"mysql-ha.volume\" name=\"volume.mysql-data-1/0@worker-1\">\n"
                + "      <skipped message=\"ignored size (21512MiB (larger than the stack says; Berth never shrinks), expected 20488MiB "
                + "(the stack&apos;s size plus DRBD metadata)): grown by hand for the migration\"/>"), junit::toString);
    }

    @Test
    void aResourceDroppedFromTheStackIsOrphanedAndTheChangeIsTheStacks() throws Exception {
        String text = Files.readString(Path.of(stack, "stack.yaml"));
        String edited = write(text.replaceAll("(?m)^  mysql-data-2:.*\\n", ""));
        List<String> args = List.of("drift", edited, "--state-dir", state(), "--format", "json");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\"kind\" : \"orphaned\""), run::toString);
        assertTrue(run.out().contains("\"address\" : \"drbd.mysql-data-2@worker-1\""), run::toString);
        assertTrue(run.out().contains("\"origin\" : \"stack-changed\""), "the applied stack was another: " + run);
        assertTrue(run.out().contains("\"last_apply\" : \"older\""), run::toString);
    }

    @Test
    void underPruneADroppedResourceIsOrphanedAtEveryAddressThePlanWouldDelete() throws Exception {
        String text = Files.readString(Path.of(stack, "stack.yaml"));
        String edited = write(text.replaceAll("(?m)^  mysql-data-2:.*\\n", "") + "ownership: { prune: true }\n");
        CliRun run = CliRun.of("drift", edited, "--state-dir", state());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.out().contains("orphaned resource.mysql-data-2  resource\n      expected: absent (not in the stack)\n"
                + "      actual:   replicas worker-1, worker-2, worker-3\n"), run::toString);
        assertTrue(run.out().contains("orphaned volume.mysql-data-2/0@worker-3  volume"), run::toString);
        assertTrue(run.out().contains("7 drifted (0 missing, 0 changed, 7 orphaned, 0 health)"), run::toString);
    }

    @Test
    void targetLimitsTheReportToTheNamedAddresses() {
        admin("worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        admin("worker-2", "drbdadm", "disconnect", "mysql-data-0:worker-3");
        assertEquals(List.of("changed volume.mysql-data-1/0@worker-1 size since-last-apply"), drift(2, "--target", "resource.mysql-data-1"));
        assertEquals(List.of("health drbd.mysql-data-0@worker-2 connection worker-3 since-last-apply"),
                drift(2, "--target", "drbd.mysql-data-0@worker-2"));
    }

    @Test
    void fewerReplicasInTheStackChangeThePlacementAndThePeersAndOrphanTheThirdReplica() throws Exception {
        String edited = write(Files.readString(Path.of(stack, "stack.yaml")).replace("replicas: 3", "replicas: 2"));
        CliRun run = CliRun.of("drift", edited, "--state-dir", state(), "--format", "json");
        assertEquals(2, run.exitCode(), run::toString);
        List<String> lines = new ArrayList<>();
        JsonMapper.builder().build().readTree(run.out()).path("drift").forEach(d -> {
            if (d.path("address").asString().contains("mysql-data-0")) {
                lines.add(d.path("kind").asString() + " " + d.path("address").asString() + " " + d.path("field").asString());
            }
        });
        assertEquals(List.of("changed resource.mysql-data-0 placement", "orphaned volume.mysql-data-0/0@worker-3 volume",
                "changed drbd.mysql-data-0@worker-1 peers", "changed drbd.mysql-data-0@worker-2 peers",
                "orphaned drbd.mysql-data-0@worker-3 replica"), lines);
        assertTrue(run.out().contains("\"expected\" : \"worker-1 (diskful), worker-2 (diskful)\""), run::toString);
    }

    @Test
    void aLabNeverAppliedToIsMissingEverythingAndSaysSo() {
        CliRun reset = CliRun.of("lab", "reset", stack, "--state-dir", state());
        assertEquals(0, reset.exitCode(), reset::toString);
        List<String> drift = drift(2);
        assertTrue(drift.contains("missing resource.mysql-data-0 resource never-applied"), drift::toString);
        assertTrue(drift.stream().allMatch(line -> line.endsWith("never-applied")), drift::toString);
        assertFalse(drift.isEmpty());
    }

    @Test
    void outWritesTheReportAndBadFlagsAreUsageErrors() throws Exception {
        admin("worker-1", "lvextend", "-L", "+1g", "vg_fast/mysql-data-1_00000");
        Path out = dir.resolve("reports/drift.xml");
        CliRun run = CliRun.of("drift", stack, "--state-dir", state(), "--format", "junit", "--out", out.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("", run.out());
        assertTrue(Files.readString(out).contains("<failure message=\"changed size\" type=\"changed\">"), Files.readString(out));
        assertEquals(64, CliRun.of("drift", stack, "--state-dir", state(), "--format", "dot").exitCode());
        assertEquals(1, CliRun.of("drift", dir.resolve("nothing-here").toString(), "--state-dir", state()).exitCode());
    }

    String stackWith(String extra) throws Exception {
        return write(Files.readString(Path.of(stack, "stack.yaml")) + extra);
    }

    String write(String text) throws Exception {
        Path copy = dir.resolve("edited");
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("stack.yaml"), text.replace("$schema=../../../schemas/", "$schema=../../schemas/"));
        return copy.toString();
    }
}
