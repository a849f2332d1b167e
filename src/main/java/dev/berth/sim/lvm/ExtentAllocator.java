package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where LVM's "normal" allocation policy puts extents, as observed with lvm2 2.03.16 (see the
 * lvs fixtures and the captures in SOURCES): an extension first grows the last segment in place,
 * then clings to that segment's PV; otherwise the first free area (PVs in VG order, areas in
 * extent order) that holds the whole request wins; if none does, the request is spread, taking
 * each time the largest free area, preferring PVs this allocation already uses.
 */
final class ExtentAllocator {
    private final LvmState state;
    private final VolumeGroup group;
    private final List<String> devices;

    /** {@code devices}: the PVs the command allows (all of the VG's when none are named). */
    ExtentAllocator(LvmState state, VolumeGroup group, List<String> devices) {
        this.state = state;
        this.group = group;
        this.devices = devices.isEmpty() ? group.devices : devices;
    }

    long free() {
        return devices.stream().flatMap(d -> freeAreas(d).stream()).mapToLong(Segment::count).sum();
    }

    /** New extents for a volume whose current last segment is {@code last} (empty for a new volume). */
    List<Segment> allocate(long required, Optional<Segment> last) {
        List<Segment> taken = new ArrayList<>();
        long remaining = required;
        if (last.isPresent()) {
            Segment tail = last.get();
            Optional<Segment> adjacent = freeAreas(tail.device()).stream().filter(a -> a.start() == tail.end()).findFirst();
            if (adjacent.isPresent() && devices.contains(tail.device())) {
                long count = Math.min(remaining, adjacent.get().count());
                taken.add(new Segment(tail.device(), tail.end(), count));
                remaining -= count;
            }
            if (remaining > 0 && devices.contains(tail.device())) {
                long wanted = remaining;
                Optional<Segment> cling = freeAreas(tail.device(), taken).stream().filter(a -> a.count() >= wanted).findFirst();
                if (cling.isPresent()) {
                    taken.add(new Segment(tail.device(), cling.get().start(), remaining));
                    remaining = 0;
                }
            }
        }
        if (remaining > 0) taken.addAll(fresh(remaining, taken, last.map(Segment::device)));
        return taken;
    }

    private List<Segment> fresh(long required, List<Segment> already, Optional<String> clingTo) {
        for (String device : devices) {
            for (Segment area : freeAreas(device, already)) {
                if (area.count() >= required) return List.of(new Segment(device, area.start(), required));
            }
        }
        List<Segment> taken = new ArrayList<>(already);
        List<Segment> added = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        clingTo.ifPresent(used::add);
        long remaining = required;
        while (remaining > 0) {
            Segment best = null;
            for (boolean preferUsed : new boolean[] {true, false}) {
                for (String device : devices) {
                    if (preferUsed && !used.contains(device)) continue;
                    for (Segment area : freeAreas(device, taken)) if (best == null || area.count() > best.count()) best = area;
                }
                if (best != null) break;
            }
            if (best == null) throw new IllegalStateException("allocation ran out of space; callers check free() first");
            Segment piece = new Segment(best.device(), best.start(), Math.min(remaining, best.count()));
            taken.add(piece);
            added.add(piece);
            used.add(piece.device());
            remaining -= piece.count();
        }
        return added;
    }

    List<Segment> freeAreas(String device) {
        return freeAreas(device, List.of());
    }

    /** Free runs on a PV in extent order, leaving out what this allocation has already taken. */
    private List<Segment> freeAreas(String device, List<Segment> pending) {
        long count = state.physicalVolume(device).map(pv -> pv.extentCount).orElse(0L);
        List<Segment> used = new ArrayList<>(pending.stream().filter(s -> s.device().equals(device)).toList());
        group.volumes.forEach(lv -> lv.segments.stream().filter(s -> s.device().equals(device)).forEach(used::add));
        used.sort(Comparator.comparingLong(Segment::start));
        List<Segment> free = new ArrayList<>();
        long cursor = 0;
        for (Segment segment : used) {
            if (segment.start() > cursor) free.add(new Segment(device, cursor, segment.start() - cursor));
            cursor = Math.max(cursor, segment.end());
        }
        if (cursor < count) free.add(new Segment(device, cursor, count - cursor));
        return free;
    }

    /** Appends pieces to a volume, merging a piece that continues the previous segment on the same PV. */
    static void append(LogicalVolume volume, List<Segment> pieces) {
        for (Segment piece : pieces) {
            int last = volume.segments.size() - 1;
            if (last >= 0 && volume.segments.get(last).device().equals(piece.device()) && volume.segments.get(last).end() == piece.start()) {
                Segment merged = volume.segments.get(last);
                volume.segments.set(last, new Segment(merged.device(), merged.start(), merged.count() + piece.count()));
            } else {
                volume.segments.add(piece);
            }
        }
    }

    /** Gives back {@code count} extents from the end of the volume, as lvreduce does. */
    static void trim(LogicalVolume volume, long count) {
        long remaining = count;
        while (remaining > 0) {
            int last = volume.segments.size() - 1;
            Segment tail = volume.segments.get(last);
            if (tail.count() <= remaining) {
                volume.segments.remove(last);
                remaining -= tail.count();
            } else {
                volume.segments.set(last, new Segment(tail.device(), tail.start(), tail.count() - remaining));
                remaining = 0;
            }
        }
    }
}
