package dev.berth.discovery.parse;

import dev.berth.observed.VolumeGroup;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code vgs --reportformat json --units b --nosuffix -o vg_name,vg_uuid,vg_size,vg_free,
 * vg_extent_size,vg_extent_count,vg_free_count,pv_count,lv_count,vg_tags}.
 */
public final class VgsReportParser {
    private VgsReportParser() {}

    public static Parsed<List<VolumeGroup>> parse(CommandOutput output) {
        return LvmReport.read(output, "vg", VgsReportParser::row)
                .map(groups -> groups.stream().sorted(Comparator.comparing(VolumeGroup::name)).toList());
    }

    private static VolumeGroup row(JsonValue row) throws BadOutput {
        return new VolumeGroup(
                LvmReport.text(row, "vg_name"),
                LvmReport.text(row, "vg_uuid"),
                LvmReport.bytes(row, "vg_size"),
                LvmReport.bytes(row, "vg_free"),
                LvmReport.bytes(row, "vg_extent_size"),
                LvmReport.count(row, "vg_extent_count"),
                LvmReport.count(row, "vg_free_count"),
                LvmReport.smallCount(row, "pv_count"),
                LvmReport.smallCount(row, "lv_count"),
                new TreeSet<>(LvmReport.tags(row, "vg_tags")));
    }
}
