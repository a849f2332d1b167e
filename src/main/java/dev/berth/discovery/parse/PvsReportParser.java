package dev.berth.discovery.parse;

import dev.berth.observed.PhysicalVolume;
import java.util.Comparator;
import java.util.List;

/** {@code pvs --reportformat json --units b --nosuffix -o pv_name,vg_name,pv_size,pv_free,pv_uuid,dev_size}. */
public final class PvsReportParser {
    private PvsReportParser() {}

    public static Parsed<List<PhysicalVolume>> parse(CommandOutput output) {
        return LvmReport.read(output, "pv", PvsReportParser::row)
                .map(pvs -> pvs.stream().sorted(Comparator.comparing(PhysicalVolume::device)).toList());
    }

    private static PhysicalVolume row(JsonValue row) throws BadOutput {
        return new PhysicalVolume(
                LvmReport.text(row, "pv_name"),
                // An orphan PV prints vg_name as "".
                LvmReport.optionalText(row, "vg_name"),
                LvmReport.bytes(row, "pv_size"),
                LvmReport.bytes(row, "pv_free"),
                LvmReport.text(row, "pv_uuid"),
                LvmReport.bytes(row, "dev_size"));
    }
}
