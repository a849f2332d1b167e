package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rows a report shows, and the errors for names that select nothing: a missing VG
 * ({@code Volume group "x" not found}), a missing LV ({@code Failed to find logical volume "vg/x"}),
 * a device that is no PV. Errors go to stderr at once; the rows found are still reported.
 */
final class ReportRows {
    private final LvmCommand.Context context;
    private boolean failed;

    ReportRows(LvmCommand.Context context) {
        this.context = context;
    }

    boolean failed() { return failed; }

    List<ReportRow> physical(List<String> names) {
        List<LvmState.PhysicalVolume> all = new ArrayList<>(context.state().physicalVolumes);
        all.sort(Comparator.comparing(pv -> pv.device));
        for (String name : names) {
            if (all.stream().noneMatch(pv -> pv.device.equals(name))) {
                failed = true;
                if (context.host().devices().find(name).isEmpty()) context.output().err("  Cannot use " + name + ": device not found");
                else context.output().err("  No physical volume label read from " + name + ".");
            }
        }
        return all.stream().filter(pv -> names.isEmpty() || names.contains(pv.device))
                .map(pv -> ReportRow.ofPhysical(context.host(), context.state(), pv)).toList();
    }

    List<ReportRow> groups(List<String> names) {
        for (String name : names) missingGroup(name);
        return sortedGroups().stream().filter(vg -> names.isEmpty() || names.contains(vg.name))
                .map(vg -> ReportRow.ofGroup(context.host(), context.state(), vg)).toList();
    }

    List<ReportRow> volumes(List<String> names, boolean hidden, boolean segments) {
        List<ReportRow> rows = new ArrayList<>();
        List<String> wholeGroups = new ArrayList<>();
        List<String> single = new ArrayList<>();
        for (String name : names) {
            Optional<String[]> reference = LvmNames.volumeReference(name);
            if (reference.isEmpty()) {
                if (!missingGroup(name)) wholeGroups.add(name);
                continue;
            }
            String[] parts = reference.get();
            if (missingGroup(parts[0])) continue;
            if (context.state().volumeGroup(parts[0]).orElseThrow().volume(parts[1]).isEmpty()) {
                context.output().err("  Failed to find logical volume \"" + parts[0] + "/" + parts[1] + "\"");
                failed = true;
            } else {
                single.add(parts[0] + "/" + parts[1]);
            }
        }
        boolean everything = names.isEmpty();
        for (VolumeGroup group : sortedGroups()) {
            List<LogicalVolume> volumes = new ArrayList<>(group.volumes);
            volumes.sort(Comparator.comparing(lv -> lv.name));
            for (LogicalVolume volume : volumes) {
                boolean chosen = everything || wholeGroups.contains(group.name) || single.contains(group.name + "/" + volume.name);
                if (!chosen || (!hidden && !volume.visible())) continue;
                if (!segments || volume.segments.isEmpty()) {
                    rows.add(ReportRow.ofVolume(context.host(), context.state(), group, volume, null, 0));
                    continue;
                }
                long start = 0;
                for (Segment segment : volume.segments) {
                    rows.add(ReportRow.ofVolume(context.host(), context.state(), group, volume, segment, start));
                    start += segment.count();
                }
            }
        }
        return rows;
    }

    private boolean missingGroup(String name) {
        if (context.state().volumeGroup(name).isPresent()) return false;
        context.output().err("  Volume group \"" + name + "\" not found").err("  Cannot process volume group " + name);
        failed = true;
        return true;
    }

    private List<VolumeGroup> sortedGroups() {
        List<VolumeGroup> groups = new ArrayList<>(context.state().volumeGroups);
        groups.sort(Comparator.comparing(vg -> vg.name));
        return groups;
    }
}
