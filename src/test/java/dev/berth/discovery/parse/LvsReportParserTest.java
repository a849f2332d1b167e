package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.assertAt;
import static dev.berth.discovery.parse.Fixtures.failure;
import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Command;
import dev.berth.model.Size;
import dev.berth.observed.FindingKind;
import dev.berth.observed.LogicalVolume;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lvs against verbatim captures with the contract's columns (contract-*) and with other column lists. */
class LvsReportParserTest {
    private static final Command LVS = DiscoveryCommands.LOGICAL_VOLUMES;

    private static List<LogicalVolume> parse(String file) {
        return value(LvsReportParser.parse(Fixtures.output(LVS, 0, "lvs", file)));
    }

    @Test
    void noVolumesAndAnEmptyGroupGiveEmptyLists() {
        assertEquals(List.of(), parse("contract-none.json"));
        assertEquals(List.of(), parse("contract-one-empty-vg.json"));
    }

    @Test
    void thickVolumesOfBerthAndOfOtherAppsAreTellable() {
        List<LogicalVolume> volumes = parse("contract-thick-mixed-tags.json");
        assertEquals(List.of("vg0/home", "vg0/mysql", "vg0/r0_00000", "vg0/r1_00000"), volumes.stream().map(LogicalVolume::address).toList());
        assertEquals(List.of(false, false, true, true), volumes.stream().map(LogicalVolume::isBerths).toList());
        LogicalVolume mysql = volumes.get(1);
        assertEquals(List.of("other-app", "owner=dba"), List.copyOf(mysql.tags()));
        assertEquals(Size.ofMiB(64), mysql.size());
        assertEquals(List.of("linear"), mysql.segmentTypes());
        assertTrue(mysql.pool().isEmpty() && mysql.dataPercent().isEmpty() && mysql.metadataPercent().isEmpty());
        assertEquals("-wi-XX----", mysql.attributes().raw());
    }

    @Test
    void aVolumeInTwoSegmentsIsOneVolumeWithTwoSegmentTypes() {
        // segtype is a segment field: lvs printed r0_00000 twice although the contract asks no seg_* column.
        List<LogicalVolume> volumes = parse("contract-two-segments.json");
        assertEquals(4, volumes.size());
        LogicalVolume r0 = volumes.stream().filter(v -> v.name().equals("r0_00000")).findFirst().orElseThrow();
        assertEquals(List.of("linear", "linear"), r0.segmentTypes());
        assertEquals(Size.ofMiB(72), r0.size());
        List<LogicalVolume> twoGroups = parse("contract-two-vgs.json");
        assertEquals(List.of("vg0/home", "vg0/mysql", "vg0/r0_00000", "vg0/r1_00000", "vg1/big_00000"),
                twoGroups.stream().map(LogicalVolume::address).toList());
        assertEquals(2, twoGroups.get(4).segmentTypes().size());
    }

    @Test
    void otherColumnListsAreReadByNameIgnoringExtraAndMissingOptionalColumns() {
        // No segtype column at all: segment types stay empty.
        assertEquals(List.of(), parse("thick-mixed-tags.json").get(0).segmentTypes());
        // devices, seg_start, seg_size are extra, unknown columns; rows still fold by lv_uuid.
        List<LogicalVolume> volumes = parse("two-vgs-spanning-lv-segments.json");
        assertEquals(volumes.stream().map(LogicalVolume::uuid).distinct().count(), volumes.size());
        assertEquals(parse("two-vgs.json").stream().map(LogicalVolume::address).toList(), volumes.stream().map(LogicalVolume::address).toList());
    }

    @Test
    void aMissingGroupNamedOnTheCommandLineExitsFiveAndIsANoteNotAFailure() {
        Command named = withArgument(LVS, "nosuchvg");
        Parsed<List<LogicalVolume>> parsed = LvsReportParser.parse(Fixtures.output(named, 5, "lvs", "contract-missing-vg.json"));
        assertEquals(List.of(), value(parsed));
        assertEquals(FindingKind.TOOL_EXIT_IGNORED, parsed.notes().get(0).kind());
        assertTrue(parsed.notes().get(0).message().contains("Volume group \"nosuchvg\" not found"), parsed.notes().get(0).message());
    }

    @Test
    void exitFiveForTheDiscoveryCommandIsAFailureBecauseAGroupWentUnread() {
        CommandOutput output = Fixtures.output(LVS, 5, "lvs", "contract-missing-vg.json");
        Parsed<List<LogicalVolume>> parsed = LvsReportParser.parse(output);
        assertEquals(FindingKind.COMMAND_FAILED, ((Parsed.Failure<?>) parsed).kind());
        assertTrue(failure(parsed, output).contains("exit code 5"));
    }

    @Test
    void anUnsupportedReportFormatIsACommandFailure() {
        CommandOutput output = Fixtures.output(LVS, 3, "lvs", "json-std-unsupported.json");
        assertTrue(failure(LvsReportParser.parse(output), output).contains("Invalid argument for --reportformat: json_std"));
    }

    @Test
    void rowsOfOneUuidThatDisagreeAreRefusedAtTheSecondRow() {
        String text = Fixtures.required("lvs", "contract-two-segments.json");
        int second = text.lastIndexOf("\"lv_size\":\"75497472\"");
        String conflicting = text.substring(0, second) + "\"lv_size\":\"79691776\"" + text.substring(second + 20);
        CommandOutput output = Fixtures.output(LVS, 0, conflicting);
        Parsed<List<LogicalVolume>> parsed = LvsReportParser.parse(output);
        assertTrue(failure(parsed, output).contains("appears again with different volume fields"));
        assertAt(parsed, 8, 0);
    }

    @Test
    void aNumberWhereLvmPrintsAStringIsReportedAtItsLineAndColumn() {
        String text = Fixtures.required("lvs", "contract-thick-mixed-tags.json").replace("\"lv_size\":\"67108864\"", "\"lv_size\":67108864");
        CommandOutput output = Fixtures.output(LVS, 0, text);
        Parsed<List<LogicalVolume>> parsed = LvsReportParser.parse(output);
        String message = failure(parsed, output);
        assertTrue(message.contains("expected a string at /report/0/lv/1/lv_size, found number"), message);
        assertAt(parsed, 6, text.lines().toList().get(5).indexOf("67108864") + 1);
        assertEquals("/report/0/lv/1/lv_size", parsed.diagnostic().orElseThrow().pointer());
    }

    @Test
    void truncatedOutputAndAStrayLineAreReportedWhereTheyBreak() {
        String text = Fixtures.required("lvs", "contract-thick-mixed-tags.json");
        CommandOutput truncated = Fixtures.output(LVS, 0, text.substring(0, text.indexOf("r0_00000")));
        Parsed<List<LogicalVolume>> parsed = LvsReportParser.parse(truncated);
        assertTrue(failure(parsed, truncated).contains("not valid JSON"));
        assertAt(parsed, 7, 0);
        CommandOutput stray = Fixtures.output(LVS, 0, "  WARNING: Activation disabled.\n" + text);
        Parsed<List<LogicalVolume>> strayParsed = LvsReportParser.parse(stray);
        assertTrue(failure(strayParsed, stray).contains("WARNING: Activation disabled."));
        assertAt(strayParsed, 1, 0);
    }

    @Test
    void aShortLvAttrIsRefusedRatherThanShifted() {
        String text = Fixtures.required("lvs", "contract-thick-mixed-tags.json").replaceFirst("-wi-XX----", "-wi-ao");
        CommandOutput output = Fixtures.output(LVS, 0, text);
        assertTrue(failure(LvsReportParser.parse(output), output).contains("lv_attr has fewer than 10 characters: \"-wi-ao\""));
    }

    @Test
    void warningsOnStderrWithExitZeroDoNotMatter() {
        CommandOutput output = Fixtures.output(LVS, 0, "lvs", "contract-thick-mixed-tags.json");
        assertFalse(output.stderr().isBlank());
        assertTrue(LvsReportParser.parse(output).notes().isEmpty());
    }

    static Command withArgument(Command command, String argument) {
        List<String> argv = new ArrayList<>(command.argv());
        argv.add(argument);
        return new Command(argv);
    }
}
