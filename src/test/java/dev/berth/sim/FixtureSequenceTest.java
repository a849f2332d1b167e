package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-captured fixtures of fixtures/lvs, vgs, pvs, lvcreate, lvextend, lvresize, lvreduce,
 * lvremove, vgcreate, pvcreate, blkid, wipefs, uname and lvm were taken along one session; this
 * test repeats that session (order reconstructed from their SOURCES and contents: free extent
 * counts, which LVs exist) on a host built like the capture VM and compares each output with its
 * fixture, uuids aside.
 */
class FixtureSequenceTest {
    private static final String JSON = "--reportformat json --units b --nosuffix ";
    private static final String PVS = "pvs " + JSON + "-o pv_name,vg_name,pv_size,pv_free,pv_uuid,dev_size";
    private static final String VGS = "vgs " + JSON + "-o vg_name,vg_uuid,vg_size,vg_free,vg_extent_size,vg_extent_count,vg_free_count,pv_count,lv_count,vg_tags";
    private static final String LVS = "lvs " + JSON + "-o vg_name,lv_name,lv_uuid,lv_size,lv_attr,lv_tags,pool_lv,data_percent,metadata_percent";
    private static final String SEGMENTS = LVS + ",segtype,devices,seg_start,seg_size";

    @TempDir
    Path dir;
    private SimHost host;
    private final Fixtures.UuidNames expectedNames = new Fixtures.UuidNames();
    private final Fixtures.UuidNames actualNames = new Fixtures.UuidNames();
    private final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void captureMachine() {
        LabNode vm = new LabNode("vm", "vm", "192.0.2.1", List.of(LabDevice.blank("/dev/loop0", Size.ofGiB(1)),
                LabDevice.blank("/dev/loop1", Size.ofGiB(1)), LabDevice.blank("/dev/loop2", Size.ofGiB(1)),
                LabDevice.blank("/dev/loop3", Size.ofGiB(1)).hiddenByLvmFilter()));
        LabOptions options = LabOptions.defaults().withoutDeviceMapper()
                .withVersions(ToolVersions.debian12().withKernel("6.18.44-fc-v657", "#1 SMP PREEMPT_DYNAMIC @0"));
        host = SimLab.create(dir, List.of(vm), options).host("vm");
    }

    @Test
    void theCaptureSessionGivesTheCapturedOutputs() {
        step("uname/nodename", 0, "uname -n");
        step("uname/release", 0, "uname -r");
        step("uname/all", 0, "uname -a");
        step("lvm/version", 0, "lvm version");
        step("blkid/blank-probe", 2, "blkid -p -o export /dev/loop3");
        step("wipefs/blank-noact", 0, "wipefs -n /dev/loop3");
        step("pvs/none", 0, PVS);
        step("vgs/none", 0, VGS);
        step("lvs/none", 0, LVS);
        step("lvs/none-segments", 0, SEGMENTS);
        step("pvcreate/three-loops", 0, "pvcreate /dev/loop0 /dev/loop1 /dev/loop2");
        step("pvcreate/missing-device", 5, "pvcreate /dev/nosuchdev");
        step("pvcreate/filtered-device", 5, "pvcreate /dev/loop3");
        step("pvs/orphans-no-vg", 0, PVS);
        step("vgs/orphans-no-vg", 0, VGS);
        step("vgcreate/vg0", 0, "vgcreate vg0 /dev/loop0");
        step("pvs/one-vg-two-orphans", 0, PVS);
        step("vgs/one-empty-vg", 0, VGS);
        step("lvs/one-empty-vg", 0, LVS);
        step("vgcreate/pv-in-other-vg", 5, "vgcreate vg2 /dev/loop0");
        step("lvcreate/thick-rounded-up", 0, "lvcreate --size 51200k vg0 -n r0_00000 -y --addtag berth");
        step("lvcreate/thick-tagged", 0, "lvcreate -L 104857600b -n r1_00000 --addtag berth vg0");
        step("lvcreate/thick-two-tags", 0, "lvcreate -L 64m -n mysql --addtag other-app --addtag owner=dba vg0");
        step(null, 0, "lvcreate -L 32m -n home vg0");
        step("vgs/one-vg-thick-lvs", 0, VGS);
        step("lvs/thick-mixed-tags", 0, LVS);
        step("lvs/thick-mixed-tags-segments", 0, SEGMENTS);
        step("lvcreate/exists", 5, "lvcreate -L 8m -n r0_00000 vg0 -y");
        step("lvcreate/missing-vg", 5, "lvcreate -L 8m -n x nosuchvg -y");
        step("lvcreate/thin-pool-no-dm", 5, "lvcreate -L 100m -T vg0/pool0");
        step("lvcreate/snapshot-no-dm", 5, "lvcreate -s -L 8m -n snap vg0/home");
        step("lvextend/non-contiguous", 0, "lvextend -L +20m vg0/r0_00000");
        step("lvs/two-segments", 0, SEGMENTS);
        step("lvs/two-segments-no-seg-fields", 0, LVS);
        step("lvresize/grow-k-force", 0, "lvresize --size 110592k vg0/r1_00000 -f");
        step("vgcreate/two-pvs-tagged", 0, "vgcreate --addtag berth vg1 /dev/loop1 /dev/loop2");
        step("lvcreate/spanning-two-pvs", 0, "lvcreate -L 1500m -n big_00000 --addtag berth vg1 -y");
        step("lvcreate/thin-pool-linstor-style-no-dm", 5, "lvcreate -l 100%FREE -T -n vg1/thinpool");
        step("lvcreate/too-big", 5, "lvcreate -L 2g -n huge vg0 -y");
        step("lvs/two-vgs", 0, LVS);
        step("lvs/two-vgs-spanning-lv-segments", 0, SEGMENTS);
        step("lvs/vg1-only-segments", 0, SEGMENTS + " vg1");
        step("vgs/two-vgs", 0, VGS);
        step("pvs/two-vgs-three-pvs", 0, PVS);
        step("lvs/missing-vg", 5, LVS + " nosuchvg");
        step("lvs/missing-lv", 5, LVS + " vg0/nosuch");
        step("lvs/missing-and-existing-vg", 5, LVS + " vg1 nosuchvg");
        step("vgs/missing-vg", 5, VGS + " nosuchvg");
        step("pvs/missing-device", 5, PVS + " /dev/nosuchdev");
        step("lvs/json-std-unsupported", 3, SEGMENTS.replace("json", "json_std"));
        step("vgs/json-std-unsupported", 3, VGS.replace("json", "json_std"));
        step("blkid/lvm-pv-probe", 0, "blkid -p -o export /dev/loop0");
        step("wipefs/lvm-pv-noact", 0, "wipefs -n /dev/loop0");
        step("lvreduce/same-size", 5, "lvreduce -L 72m -f vg0/r0_00000");
        step("lvremove/missing-lv", 5, "lvremove -f vg0/nosuch");
        step("lvremove/ok", 0, "lvremove -f vg0/home");
        step("lvs/all-hidden-json", 0, LVS.replace("lvs ", "lvs -a "));
        step("lvs/linstor-style-separator", 0, "lvs -o lv_name,lv_path,lv_size,vg_name,pool_lv,data_percent,lv_attr,metadata_percent,chunk_size,stripes "
                + "--separator ; --noheadings --units k --nosuffix");
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " differences from the fixtures:\n" + String.join("\n", mismatches));
    }

    /** Runs a command line (split on spaces) and compares with {@code fixture}.{json|txt} and .stderr. */
    private void step(String fixture, int exit, String line) {
        CommandResult result = host.run(new Command(List.of(line.split(" "))), "");
        if (fixture == null) return;
        String stdout = Fixtures.exists(fixture + ".json") ? Fixtures.text(fixture + ".json") : Fixtures.text(fixture + ".txt");
        compare(fixture + " exit code", String.valueOf(exit), String.valueOf(result.exitCode()));
        compare(fixture + " stdout", expectedNames.apply(stdout), actualNames.apply(result.stdout()));
        compare(fixture + " stderr", expectedNames.apply(Fixtures.text(fixture + ".stderr")), actualNames.apply(result.stderr()));
    }

    private void compare(String what, String expected, String actual) {
        if (!expected.equals(actual)) mismatches.add("== " + what + "\n-- real:\n" + expected + "-- lab:\n" + actual);
    }
}
