package dev.berth.discovery.parse;

import dev.berth.observed.LvAttributes;
import dev.berth.observed.LogicalVolume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code lvs --reportformat json --units b --nosuffix -o vg_name,lv_name,lv_uuid,lv_size,lv_attr,
 * lv_tags,pool_lv,data_percent,metadata_percent,segtype}.
 *
 * <p>{@code segtype} is a segment field, so lvs prints one row per segment: a volume extended
 * into a second, non-contiguous area appears twice (captured in fixtures/lvs). Rows are folded
 * by {@code lv_uuid}; the volume's own fields must agree between them, otherwise the output is
 * refused at the row that disagrees rather than one of them picked.
 */
public final class LvsReportParser {
    private LvsReportParser() {}

    /** One row: the volume's fields, and the segment's type when the column was asked for. */
    private record Row(JsonValue json, LogicalVolume volume, Optional<String> segmentType) {}

    public static Parsed<List<LogicalVolume>> parse(CommandOutput output) {
        Parsed<List<Row>> rows = LvmReport.read(output, "lv", LvsReportParser::row);
        if (!rows.succeeded()) return rows.map(r -> List.of());
        try {
            List<LogicalVolume> volumes = fold(rows.value().orElseThrow()).stream()
                    .sorted(Comparator.comparing(LogicalVolume::volumeGroup).thenComparing(LogicalVolume::name)).toList();
            return Parsed.value(volumes, rows.notes());
        } catch (BadOutput conflict) {
            int[] where = JsonOutput.locate(output.stdout(), conflict.pointer());
            return Parsed.unreadable(OutputProblem.at(output, where[0], where[1], conflict.getMessage(), conflict.pointer()));
        }
    }

    private static Row row(JsonValue row) throws BadOutput {
        JsonValue attr = row.field("lv_attr");
        LvAttributes attributes = LvAttrDecoder.decode(attr.string())
                .orElseThrow(() -> attr.problem("lv_attr has fewer than 10 characters: \"" + attrText(attr) + "\""));
        LogicalVolume volume = new LogicalVolume(
                LvmReport.text(row, "vg_name"),
                LvmReport.text(row, "lv_name"),
                LvmReport.text(row, "lv_uuid"),
                LvmReport.bytes(row, "lv_size"),
                attributes,
                new TreeSet<>(LvmReport.tags(row, "lv_tags")),
                LvmReport.optionalText(row, "pool_lv"),
                LvmReport.percent(row, "data_percent"),
                LvmReport.percent(row, "metadata_percent"),
                List.of());
        return new Row(row, volume, LvmReport.optionalText(row, "segtype"));
    }

    private static String attrText(JsonValue attr) {
        return attr.isString() ? attr.node().asString() : attr.node().toString();
    }

    /** One volume per lv_uuid, in first-seen order, with the segment types of all its rows. */
    private static List<LogicalVolume> fold(List<Row> rows) throws BadOutput {
        Map<String, Row> first = new LinkedHashMap<>();
        Map<String, List<String>> segments = new LinkedHashMap<>();
        for (Row row : rows) {
            String uuid = row.volume().uuid();
            Row earlier = first.putIfAbsent(uuid, row);
            if (earlier != null && !earlier.volume().equals(row.volume())) {
                throw row.json().problem("lv_uuid " + uuid + " appears again with different volume fields ("
                        + earlier.volume().address() + " " + earlier.volume().size() + " " + earlier.volume().attributes()
                        + " vs " + row.volume().address() + " " + row.volume().size() + " " + row.volume().attributes() + ")");
            }
            row.segmentType().ifPresent(type -> segments.computeIfAbsent(uuid, u -> new ArrayList<>()).add(type));
        }
        List<LogicalVolume> volumes = new ArrayList<>();
        for (Row row : first.values()) {
            LogicalVolume v = row.volume();
            volumes.add(new LogicalVolume(v.volumeGroup(), v.name(), v.uuid(), v.size(), v.attributes(), v.tags(), v.pool(),
                    v.dataPercent(), v.metadataPercent(), segments.getOrDefault(v.uuid(), List.of())));
        }
        return volumes;
    }
}
