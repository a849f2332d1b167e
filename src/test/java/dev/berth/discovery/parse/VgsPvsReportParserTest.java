package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Size;
import dev.berth.observed.FindingKind;
import dev.berth.observed.PhysicalVolume;
import dev.berth.observed.VolumeGroup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** vgs and pvs against verbatim captures (their column lists are the contract's). */
class VgsPvsReportParserTest {
    private static List<VolumeGroup> groups(String file) {
        return value(VgsReportParser.parse(Fixtures.output(DiscoveryCommands.VOLUME_GROUPS, 0, "vgs", file)));
    }

    private static List<PhysicalVolume> pvs(String file) {
        return value(PvsReportParser.parse(Fixtures.output(DiscoveryCommands.PHYSICAL_VOLUMES, 0, "pvs", file)));
    }

    @Test
    void noGroupsAndOrphanPhysicalVolumes() {
        assertEquals(List.of(), groups("none.json"));
        assertEquals(List.of(), groups("orphans-no-vg.json"));
        List<PhysicalVolume> orphans = pvs("orphans-no-vg.json");
        assertEquals(3, orphans.size());
        assertTrue(orphans.stream().allMatch(PhysicalVolume::isOrphan));
        assertTrue(orphans.stream().allMatch(pv -> pv.size().equals(pv.deviceSize())));
    }

    @Test
    void anEmptyGroupHasAllItsExtentsFree() {
        VolumeGroup vg0 = groups("one-empty-vg.json").get(0);
        assertEquals("vg0", vg0.name());
        assertEquals(Size.ofBytes(1069547520), vg0.size());
        assertEquals(vg0.size(), vg0.free());
        assertEquals(Size.ofMiB(4), vg0.extentSize());
        assertEquals(255, vg0.extentCount());
        assertEquals(255, vg0.freeExtentCount());
        assertEquals(0, vg0.logicalVolumeCount());
        assertTrue(vg0.tags().isEmpty());
    }

    @Test
    void twoGroupsOneOfThemBerths() {
        List<VolumeGroup> two = groups("two-vgs.json");
        assertEquals(List.of("vg0", "vg1"), two.stream().map(VolumeGroup::name).toList());
        assertEquals(List.of(false, true), two.stream().map(VolumeGroup::isBerths).toList());
        assertEquals(2, two.get(1).physicalVolumeCount());
        assertEquals(510, two.get(1).extentCount());
    }

    @Test
    void physicalVolumesInAGroupLoseTheirMetadataArea() {
        List<PhysicalVolume> mixed = pvs("one-vg-two-orphans.json");
        assertEquals(Optional.of("vg0"), mixed.get(0).volumeGroup());
        assertTrue(mixed.get(0).size().isLessThan(mixed.get(0).deviceSize()));
        assertEquals(List.of("/dev/loop0", "/dev/loop1", "/dev/loop2"), mixed.stream().map(PhysicalVolume::device).toList());
        assertEquals(Size.ofBytes(0), pvs("two-vgs-three-pvs.json").stream()
                .filter(pv -> pv.device().equals("/dev/loop1")).findFirst().orElseThrow().free());
    }

    @Test
    void aMissingNameExitsFiveWithAnEmptyReport() {
        var named = LvsReportParserTest.withArgument(DiscoveryCommands.VOLUME_GROUPS, "nosuchvg");
        Parsed<List<VolumeGroup>> parsed = VgsReportParser.parse(Fixtures.output(named, 5, "vgs", "missing-vg.json"));
        assertEquals(List.of(), value(parsed));
        assertEquals(FindingKind.TOOL_EXIT_IGNORED, parsed.notes().get(0).kind());
        var pvsNamed = LvsReportParserTest.withArgument(DiscoveryCommands.PHYSICAL_VOLUMES, "/dev/nosuchdev");
        assertEquals(List.of(), value(PvsReportParser.parse(Fixtures.output(pvsNamed, 5, "pvs", "missing-device.json"))));
    }

    @Test
    void aCountThatIsNotANumberIsReportedAtItsValue() {
        String text = Fixtures.required("vgs", "two-vgs.json").replace("\"vg_extent_count\":\"510\"", "\"vg_extent_count\":\"510.0\"");
        CommandOutput output = Fixtures.output(DiscoveryCommands.VOLUME_GROUPS, 0, text);
        Parsed<List<VolumeGroup>> parsed = VgsReportParser.parse(output);
        assertTrue(failure(parsed, output).contains("expected a whole number at /report/0/vg/1/vg_extent_count, found \"510.0\""));
        Fixtures.assertAt(parsed, 6, 0);
    }

    @Test
    void aRequiredColumnMissingIsNamed() {
        String text = Fixtures.required("pvs", "orphans-no-vg.json").replace("\"pv_uuid\":", "\"pv_uid\":");
        CommandOutput output = Fixtures.output(DiscoveryCommands.PHYSICAL_VOLUMES, 0, text);
        assertTrue(failure(PvsReportParser.parse(output), output).contains("missing field \"pv_uuid\""));
    }
}
