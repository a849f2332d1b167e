package dev.berth.plan;

import dev.berth.desired.DesiredCluster;
import dev.berth.lab.StackLab;
import dev.berth.sim.LabOptions;
import dev.berth.sim.SimLab;
import dev.berth.sim.ToolVersions;
import dev.berth.spec.StackReader;
import dev.berth.testing.Examples;
import dev.berth.testing.PlannedLab;
import dev.berth.testing.StepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per gate of the capability table beyond the drbd-utils options the older test covers:
 * each host below the version a stack option or a step's feature needs is refused, naming the
 * version and the ChangeLog entry; one release later it is not.
 */
class PlannerFeatureVersionTest {
    @TempDir
    Path dir;

    @Test
    void quorumNeedsAModuleWithQuorum() {
        assertGate(planExample("mysql-ha", utils("9.22.0").withDrbdModule("9.0.6")), "DRBD kernel module 9.0.6",
                "options.quorum needs DRBD kernel module 9.0.7 or later (DRBD ChangeLog 9.0.7-1:");
        assertNoGate(planExample("mysql-ha", utils("9.22.0").withDrbdModule("9.0.21")), "options.quorum");
    }

    @Test
    void loadBalancePathsNeedsNewDrbdUtilsAndModule() {
        // the stack does not accept the option yet (it cannot change on a live connection); the table is ready for it
        dev.berth.desired.DrbdSettings settings = new dev.berth.desired.DrbdSettings(new java.util.TreeMap<>(),
                new java.util.TreeMap<>(java.util.Map.of("load-balance-paths", "yes")), new java.util.TreeMap<>(), Optional.empty());
        assertEquals(List.of("9.26.0"), versions(OptionVersions.unmet(settings, OptionVersions.Component.UTILS, "9.25.0")));
        assertEquals(List.of(), versions(OptionVersions.unmet(settings, OptionVersions.Component.UTILS, "9.26.0")));
        assertEquals(List.of("9.2.6"), versions(OptionVersions.unmet(settings, OptionVersions.Component.MODULE, "9.2.5")));
        assertEquals(List.of(), versions(OptionVersions.unmet(settings, OptionVersions.Component.MODULE, "9.3.0")));
    }

    private static List<String> versions(List<OptionVersions.Requirement> unmet) { return unmet.stream().map(OptionVersions.Requirement::version).toList(); }

    @Test
    void allowRemoteReadNeedsDrbdUtils910() throws IOException {
        String stack = example("mysql-ha").replace("net: { protocol: C }", "net: { protocol: C, allow-remote-read: no }");
        assertGate(plan(stack, utils("9.9.0")), "drbd-utils 9.9.0", "net.allow-remote-read needs drbd-utils 9.10.0 or later");
        assertNoGate(plan(stack, utils("9.10.0")), "allow-remote-read");
    }

    @Test
    void skippingTheInitialSyncNeedsClearBitmap() {
        assertGate(planExample("mysql-ha", utils("9.22.0").withDrbdModule("9.0.2")), "DRBD kernel module 9.0.2",
                "skipping the initial sync (new-current-uuid --clear-bitmap) needs DRBD kernel module 9.0.3 or later");
    }

    @Test
    void aForcedInitialSyncNeedsForceResync() {
        // thick LVM does not read as zeros: one replica becomes the sync source
        assertGate(planExample("multi-volume-thick", utils("9.22.0").withDrbdModule("9.0.20")), "DRBD kernel module 9.0.20",
                "starting the initial sync from one replica (new-current-uuid --force-resync) needs DRBD kernel module 9.0.21 or later");
        assertNoGate(planExample("multi-volume-thick", utils("9.22.0").withDrbdModule("9.0.21")), "--force-resync");
    }

    @Test
    void aDisklessReplicaNeedsIntentionalDiskless() {
        Plan plan = planExample("tiebreaker-pair", utils("9.22.0").withDrbdModule("9.0.6"));
        assertGate(plan, "DRBD kernel module 9.0.6", "a diskless replica (intentionally diskless, new-minor --diskless) needs DRBD kernel module 9.0.7");
        assertEquals(1, messages(plan).stream().filter(m -> m.contains("a diskless replica")).count(), "only on the diskless node");
    }

    @Test
    void statusPollingAndPathsNeedDrbdUtils898() {
        Plan plan = planExample("mysql-ha", utils("8.9.7"));
        assertGate(plan, "drbd-utils 8.9.7", "waiting on drbdsetup status --json needs drbd-utils 8.9.8 or later");
        assertNoGate(plan, "connection paths");
        assertGate(planExample("mysql-ha", utils("8.9.4")), "drbd-utils 8.9.4", "connection paths with each node's own address and port needs drbd-utils 8.9.5");
    }

    @Test
    void diskChangesByAdjustNeedTheirDrbdUtils() throws IOException {
        String baseline = example("mysql-ha");
        String tiebreaker = baseline.replace("replicas: 3", "replicas: 2")
                .replace("placement: { spreadAcross: zone }", "placement: { spreadAcross: zone, disklessTiebreaker: true }");
        SimLab lab = StackLab.reset(stack(baseline), dir.resolve("lab"), StackLab.DEFAULT_DEVICE_SIZE, LabOptions.defaults().withVersions(utils("9.4.0")));
        StepRunner.run(lab, PlannedLab.plan(stack(baseline), lab, PlanOptions.defaults()));
        Plan toDiskless = PlannedLab.plan(stack(tiebreaker), lab, new PlanOptions(true, List.of()));
        assertGate(toDiskless, "drbd-utils 9.4.0", "turning a diskful replica diskless with drbdadm adjust (detach --diskless) needs drbd-utils 9.5.0");

        SimLab other = StackLab.reset(stack(baseline), dir.resolve("other"), StackLab.DEFAULT_DEVICE_SIZE,
                LabOptions.defaults().withVersions(utils("9.2.1")));
        StepRunner.run(other, PlannedLab.plan(stack(tiebreaker), other, PlanOptions.defaults()));
        Plan toDiskful = PlannedLab.plan(stack(baseline), other, PlanOptions.defaults());
        assertGate(toDiskful, "drbd-utils 9.2.1", "turning a diskless replica diskful with drbdadm adjust needs drbd-utils 9.2.2");
    }

    private static void assertGate(Plan plan, String has, String needs) {
        List<String> messages = messages(plan);
        assertTrue(messages.stream().anyMatch(m -> m.contains(" has " + has + ", but ") && m.contains(needs)), messages::toString);
    }

    private static void assertNoGate(Plan plan, String about) {
        List<String> messages = messages(plan);
        assertTrue(messages.stream().noneMatch(m -> m.contains(about)), messages::toString);
    }

    private static List<String> messages(Plan plan) {
        return plan.refusals().stream().filter(r -> r.rule() == Refusal.Rule.CAPABILITY).map(Refusal::message).toList();
    }

    private static ToolVersions utils(String version) {
        ToolVersions base = ToolVersions.debian12();
        return new ToolVersions(base.kernelRelease(), base.kernelVersion(), base.lvm(), base.lvmLibrary(), base.lvmDriver(), base.zfs(), version,
                base.drbdKernel());
    }

    private Plan planExample(String example, ToolVersions versions) {
        try {
            return plan(example(example), versions);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Plan plan(String yaml, ToolVersions versions) {
        DesiredCluster cluster = stack(yaml);
        SimLab lab = StackLab.reset(cluster, dir.resolve("lab-" + Math.abs(yaml.hashCode()) + "-" + versions.hashCode()), StackLab.DEFAULT_DEVICE_SIZE,
                LabOptions.defaults().withVersions(versions));
        return PlannedLab.plan(cluster, lab, PlanOptions.defaults());
    }

    private static String example(String name) throws IOException { return Files.readString(Examples.FOLDER.resolve(name + "/stack.yaml")); }

    private static DesiredCluster stack(String yaml) {
        var loaded = StackReader.read("stack.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return loaded.cluster().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
    }
}
