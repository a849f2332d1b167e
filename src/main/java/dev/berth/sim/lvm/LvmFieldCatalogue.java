package dev.berth.sim.lvm;

import dev.berth.sim.lvm.LvmField.Kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report fields the lab knows: every column of discovery's and LINSTOR's commands and of the
 * default {@code pvs}/{@code vgs}/{@code lvs} listings. Values follow lvm2 2.03.16: sizes are
 * formatted by the report's units, tags are sorted and comma-joined, a field that does not apply
 * is an empty string.
 */
final class LvmFieldCatalogue {
    private static final Map<String, LvmField> FIELDS = new LinkedHashMap<>();

    static {
        List.of(
                LvmField.text("lv_uuid", Kind.LV, "LV UUID", 38, r -> r.volume().uuid),
                LvmField.text("lv_name", Kind.LV, "LV", 4, r -> r.volume().visible() ? r.volume().name : "[" + r.volume().name + "]"),
                LvmField.text("lv_full_name", Kind.LV, "LV", 4, r -> r.group().name + "/" + r.volume().name),
                LvmField.text("lv_path", Kind.LV, "Path", 0, r -> r.volume().visible() ? "/dev/" + r.group().name + "/" + r.volume().name : ""),
                LvmField.text("lv_dm_path", Kind.LV, "DMPath", 0, r -> "/dev/mapper/" + LvmNames.mapper(r.group().name, r.volume().name)),
                LvmField.text("lv_active", Kind.LV, "Active", 0, r -> r.host().deviceMapper() && !r.volume().role.equals(LogicalVolume.POOL_SPARE) ? "active" : ""),
                LvmField.size("lv_size", Kind.LV, "LSize", ReportRow::volumeSize),
                LvmField.size("lv_metadata_size", Kind.LV, "MSize", r -> r.volume().thinPool()
                        ? r.group().volume(r.volume().metadataVolumeName()).map(LogicalVolume::extents).orElse(0L) * r.group().extentSize : 0L),
                LvmField.number("seg_count", Kind.LV, "#Seg", 0, r -> (long) Math.max(1, r.volume().segments.size())),
                LvmField.text("origin", Kind.LV, "Origin", 0, r -> ""),
                LvmField.text("move_pv", Kind.LV, "Move", 0, r -> ""),
                LvmField.text("convert_lv", Kind.LV, "Convert", 0, r -> ""),
                LvmField.text("mirror_log", Kind.LV, "Log", 0, r -> ""),
                LvmField.text("data_lv", Kind.LV, "Data", 0, r -> r.volume().thinPool() ? "[" + r.volume().dataVolumeName() + "]" : ""),
                LvmField.text("metadata_lv", Kind.LV, "Meta", 0, r -> r.volume().thinPool() ? "[" + r.volume().metadataVolumeName() + "]" : ""),
                LvmField.text("pool_lv", Kind.LV, "Pool", 0, r -> r.volume().pool),
                LvmField.text("lv_tags", Kind.LV, "LV Tags", 0, r -> tags(r.volume().tags)),
                LvmField.text("lv_device_open", Kind.LV, "DevOpen", 10,
                        r -> r.host().deviceMapper() && LvmVolumes.isOpen(r.host(), r.group(), r.volume()) ? "open" : ""),
                LvmField.percent("data_percent", "Data%", 6, LvmFieldCatalogue::dataPercent),
                LvmField.percent("metadata_percent", "Meta%", 6, LvmFieldCatalogue::metadataPercent),
                LvmField.percent("copy_percent", "Cpy%Sync", 0, r -> ""),
                LvmField.text("lv_attr", Kind.LV, "Attr", 0, r -> LvmVolumes.attributes(r.host(), r.group(), r.volume())),
                LvmField.text("segtype", Kind.SEG, "Type", 0, r -> r.volume().thinPool() ? "thin-pool" : r.volume().thinVolume() ? "thin" : "linear"),
                LvmField.number("stripes", Kind.SEG, "#Str", 0, r -> r.volume().thinVolume() ? 0L : 1L),
                LvmField.size("chunk_size", Kind.SEG, "Chunk", r -> r.volume().thinPool() ? r.volume().chunkSize : 0L),
                LvmField.number("thin_count", Kind.SEG, "#Thins", 0, r -> r.volume().thinPool() ? (long) LvmVolumes.thinVolumesOf(r.group(), r.volume()).size() : 0L),
                LvmField.text("zero", Kind.SEG, "Zero", 0, r -> r.volume().thinPool() && r.volume().zeroNewBlocks ? "zero" : ""),
                LvmField.size("seg_start", Kind.SEG, "Start", r -> r.segmentStart() * r.group().extentSize),
                LvmField.number("seg_start_pe", Kind.SEG, "Start", 0, ReportRow::segmentStart),
                LvmField.size("seg_size", Kind.SEG, "SSize", r -> r.segment() == null ? r.volumeSize() : r.segment().count() * r.group().extentSize),
                LvmField.number("seg_size_pe", Kind.SEG, "SSize", 0, r -> r.segment() == null ? r.volumeSize() / r.group().extentSize : r.segment().count()),
                LvmField.text("devices", Kind.SEG, "Devices", 0, r -> r.segment() != null ? r.segment().device() + "(" + r.segment().start() + ")"
                        : r.volume().thinPool() ? r.volume().dataVolumeName() + "(0)" : ""),
                LvmField.text("pv_fmt", Kind.PV, "Fmt", 0, r -> "lvm2"),
                LvmField.text("pv_uuid", Kind.PV, "PV UUID", 38, r -> r.physical().uuid),
                LvmField.size("dev_size", Kind.PV, "DevSize", r -> r.host().devices().disk(r.physical().device).map(d -> d.size().bytes()).orElse(r.physical().deviceSize)),
                LvmField.text("pv_name", Kind.PV, "PV", 10, r -> r.physical().device),
                LvmField.size("pe_start", Kind.PV, "1st PE", r -> r.physical().orphan() ? 0L : LvmState.PE_START),
                LvmField.size("pv_size", Kind.PV, "PSize", r -> r.physical().orphan() ? r.physical().deviceSize : r.physical().extentCount * r.group().extentSize),
                LvmField.size("pv_free", Kind.PV, "PFree", LvmFieldCatalogue::physicalFree),
                LvmField.size("pv_used", Kind.PV, "Used", r -> r.physical().orphan() ? 0L : r.group().allocatedOn(r.physical().device) * r.group().extentSize),
                LvmField.text("pv_attr", Kind.PV, "Attr", 0, r -> r.physical().orphan() ? "---" : "a--"),
                LvmField.number("pv_pe_count", Kind.PV, "PE", 3, r -> r.physical().extentCount),
                LvmField.number("pv_pe_alloc_count", Kind.PV, "Alloc", 0, r -> r.physical().orphan() ? 0L : r.group().allocatedOn(r.physical().device)),
                LvmField.text("pv_tags", Kind.PV, "PV Tags", 0, r -> ""),
                LvmField.text("vg_fmt", Kind.VG, "Fmt", 0, r -> "lvm2"),
                LvmField.text("vg_uuid", Kind.VG, "VG UUID", 38, r -> r.group().uuid),
                LvmField.text("vg_name", Kind.VG, "VG", 0, r -> r.group() == null ? "" : r.group().name),
                LvmField.text("vg_attr", Kind.VG, "Attr", 5, r -> "wz--n-"),
                LvmField.size("vg_size", Kind.VG, "VSize", r -> r.group().extentCount(r.state()) * r.group().extentSize),
                LvmField.size("vg_free", Kind.VG, "VFree", r -> r.group().freeExtents(r.state()) * r.group().extentSize),
                LvmField.size("vg_extent_size", Kind.VG, "Ext", r -> r.group().extentSize),
                LvmField.number("vg_extent_count", Kind.VG, "#Ext", 0, r -> r.group().extentCount(r.state())),
                LvmField.number("vg_free_count", Kind.VG, "Free", 0, r -> r.group().freeExtents(r.state())),
                LvmField.number("pv_count", Kind.VG, "#PV", 0, r -> (long) r.group().devices.size()),
                LvmField.number("lv_count", Kind.VG, "#LV", 0, r -> (long) r.group().visibleVolumes().size()),
                LvmField.number("snap_count", Kind.VG, "#SN", 0, r -> 0L),
                LvmField.text("vg_tags", Kind.VG, "VG Tags", 0, r -> tags(r.group().tags))
        ).forEach(field -> FIELDS.put(field.name(), field));
    }

    private LvmFieldCatalogue() {}

    static Optional<LvmField> field(String name) {
        return Optional.ofNullable(FIELDS.get(name));
    }

    private static String tags(List<String> tags) {
        return String.join(",", tags.stream().sorted().toList());
    }

    private static long physicalFree(ReportRow row) {
        if (row.physical().orphan()) return row.physical().deviceSize;
        return (row.physical().extentCount - row.group().allocatedOn(row.physical().device)) * row.group().extentSize;
    }

    /** Only active volumes have a fill level; on a host without device-mapper nothing is active. */
    private static String dataPercent(ReportRow row) {
        LogicalVolume volume = row.volume();
        if (!row.host().deviceMapper()) return "";
        if (volume.thinPool()) return LvmUnits.percent(100.0 * LvmVolumes.poolUsedBytes(row.group(), volume) / Math.max(1, row.volumeSize()));
        if (volume.thinVolume()) return LvmUnits.percent(100.0 * volume.mappedBytes / Math.max(1, volume.virtualSize));
        return "";
    }

    private static String metadataPercent(ReportRow row) {
        LogicalVolume volume = row.volume();
        if (!row.host().deviceMapper() || !volume.thinPool()) return "";
        long metadata = row.group().volume(volume.metadataVolumeName()).map(LogicalVolume::extents).orElse(1L) * row.group().extentSize;
        return LvmUnits.percent(100.0 * LvmVolumes.poolMetadataUsedBytes(row.group(), volume) / metadata);
    }
}
