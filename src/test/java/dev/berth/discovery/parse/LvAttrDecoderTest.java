package dev.berth.discovery.parse;

import static dev.berth.discovery.parse.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.observed.LogicalVolume;
import dev.berth.observed.LvAttributes;
import dev.berth.observed.LvHealth;
import dev.berth.observed.LvOpenState;
import dev.berth.observed.LvPermission;
import dev.berth.observed.LvState;
import dev.berth.observed.LvTargetType;
import dev.berth.observed.LvVolumeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * lv_attr decoding. CONSTRUCTED inputs: this machine has no device-mapper, so no thin pool could
 * be created and captured (fixtures/lvs/SOURCES.md); the strings below follow lvs(8)'s table and
 * the typical forms quoted in drbd-facts §8 ({@code twi-aotz--}, {@code Vwi-a-tz--}, {@code -wi-ao----}).
 */
class LvAttrDecoderTest {
    private static LvAttributes decode(String raw) { return LvAttrDecoder.decode(raw).orElseThrow(); }

    @Test
    void aThinPoolThatZeroesNewBlocks() {
        LvAttributes pool = decode("twi-aotz--");
        assertEquals(LvVolumeType.THIN_POOL, pool.volumeType());
        assertEquals(LvPermission.WRITEABLE, pool.permission());
        assertEquals(LvState.ACTIVE, pool.state());
        assertEquals(LvOpenState.OPEN, pool.open());
        assertEquals(LvTargetType.THIN, pool.targetType());
        assertTrue(pool.zeroing());
        assertEquals(LvHealth.HEALTHY, pool.health());
        assertTrue(pool.isThinPool());
        assertEquals("ttz-", pool.projection());
    }

    @Test
    void aThinVolumeAPlainVolumeAndAPoolWithoutZeroing() {
        assertTrue(decode("Vwi-a-tz--").isThinVolume());
        assertEquals(LvOpenState.CLOSED, decode("Vwi-a-tz--").open());
        LvAttributes linear = decode("-wi-ao----");
        assertEquals(LvVolumeType.PLAIN, linear.volumeType());
        assertEquals(LvTargetType.NONE, linear.targetType());
        assertFalse(linear.zeroing());
        // LINSTOR runs lvchange --zero y on such a pool before skipping the initial sync (drbd-facts §4).
        assertFalse(decode("twi-aot---").zeroing());
    }

    @Test
    void healthLettersOfAThinPool() {
        assertEquals(LvHealth.OUT_OF_DATA_SPACE, decode("twi-aotzD-").health());
        assertEquals(LvHealth.METADATA_READ_ONLY, decode("twi-aotzM-").health());
        assertEquals(LvHealth.FAILED, decode("twi-aotzF-").health());
        assertEquals(LvState.THIN_POOL_CHECK_NEEDED, decode("twi-cotz--").state());
        assertEquals(LvHealth.PARTIAL, decode("-wi-a---p-").health());
    }

    @Test
    void withoutDeviceMapperStateAndOpenAreUnknown() {
        LvAttributes captured = decode("-wi-XX----");
        assertEquals(LvState.UNKNOWN, captured.state());
        assertEquals(LvOpenState.UNKNOWN, captured.open());
        assertEquals(LvState.INACTIVE, decode("Vwi---tz-k").state());
        assertTrue(decode("Vwi---tz-k").skipActivation());
    }

    @Test
    void unknownLettersAreKeptAndShortStringsRefused() {
        LvAttributes future = decode("gwi-aoQ?!-x");
        assertEquals(LvVolumeType.UNRECOGNISED, future.volumeType());
        assertEquals(LvTargetType.UNRECOGNISED, future.targetType());
        assertEquals(LvHealth.UNRECOGNISED, future.health());
        assertEquals("gwi-aoQ?!-x", future.raw());
        assertEquals(Optional.empty(), LvAttrDecoder.decode("twi-aotz-"));
    }

    @Test
    void aThinPoolRowAndAThinVolumeRowAsLvsWouldPrintThem() {
        // CONSTRUCTED: two rows in the layout of the captured files, with thin values lvs(8) describes.
        String json = "  {\n      \"report\": [\n          {\n              \"lv\": [\n"
                + "                  {\"vg_name\":\"vg0\", \"lv_name\":\"pool0\", \"lv_uuid\":\"u1\", \"lv_size\":\"1069547520\", "
                + "\"lv_attr\":\"twi-aotz--\", \"lv_tags\":\"berth\", \"pool_lv\":\"\", \"data_percent\":\"12.50\", "
                + "\"metadata_percent\":\"10.94\", \"segtype\":\"thin-pool\"},\n"
                + "                  {\"vg_name\":\"vg0\", \"lv_name\":\"r0_00000\", \"lv_uuid\":\"u2\", \"lv_size\":\"1073741824\", "
                + "\"lv_attr\":\"Vwi-aotz--\", \"lv_tags\":\"berth\", \"pool_lv\":\"pool0\", \"data_percent\":\"6.25\", "
                + "\"metadata_percent\":\"\", \"segtype\":\"thin\"}\n"
                + "              ]\n          }\n      ]\n  }\n";
        List<LogicalVolume> volumes = value(LvsReportParser.parse(Fixtures.output(DiscoveryCommands.LOGICAL_VOLUMES, 0, json)));
        LogicalVolume pool = volumes.get(0);
        assertTrue(pool.isThinPool());
        assertEquals(Optional.of(new BigDecimal("12.50")), pool.dataPercent());
        assertEquals(Optional.of(new BigDecimal("10.94")), pool.metadataPercent());
        assertEquals(List.of("thin-pool"), pool.segmentTypes());
        LogicalVolume thin = volumes.get(1);
        assertTrue(thin.isThinVolume());
        assertEquals(Optional.of("pool0"), thin.pool());
        assertEquals(Optional.empty(), thin.metadataPercent());
    }
}
