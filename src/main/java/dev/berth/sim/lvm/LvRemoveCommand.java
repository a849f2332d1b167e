package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lvremove [-f] VG/LV... | VG}: removes in the VG's creation order whatever the argument
 * order (as captured). An LV held open (by DRBD) is "in use"; an active LV needs {@code -f} or
 * {@code -y}, since the prompt reads no answer; a pool takes its thin volumes with it, and the
 * last pool takes the VG's metadata spare.
 */
final class LvRemoveCommand implements LvmCommand {
    @Override
    public Arguments.Spec spec() { return LvmCommand.options(); }

    @Override
    public CommandResult run(Context context) {
        if (context.args().positional().isEmpty()) return context.invalid("Please enter one or more logical volume paths.");
        boolean failed = false;
        Set<String> targets = new LinkedHashSet<>();
        for (String argument : context.args().positional()) {
            Optional<String[]> reference = LvmNames.volumeReference(argument);
            String groupName = reference.map(r -> r[0]).orElse(argument);
            Optional<VolumeGroup> group = context.state().volumeGroup(groupName);
            if (group.isEmpty()) {
                context.groupNotFound(groupName);
                failed = true;
            } else if (reference.isEmpty()) {
                group.get().visibleVolumes().forEach(lv -> targets.add(groupName + "/" + lv.name));
            } else if (group.get().volume(reference.get()[1]).filter(LogicalVolume::visible).isEmpty()) {
                context.output().err("  Failed to find logical volume \"" + groupName + "/" + reference.get()[1] + "\"");
                failed = true;
            } else {
                targets.add(groupName + "/" + reference.get()[1]);
            }
        }
        boolean confirmed = context.args().has("force") || context.args().has("yes");
        for (VolumeGroup group : new ArrayList<>(context.state().volumeGroups)) {
            for (LogicalVolume volume : new ArrayList<>(group.volumes)) {
                if (!targets.contains(group.name + "/" + volume.name) || group.volume(volume.name).isEmpty()) continue;
                if (!remove(context, group, volume, confirmed)) failed = true;
            }
        }
        return failed ? context.failed() : context.output().ok();
    }

    private static boolean remove(Context context, VolumeGroup group, LogicalVolume volume, boolean confirmed) {
        String display = group.name + "/" + volume.name;
        List<LogicalVolume> dependents = volume.thinPool() ? LvmVolumes.thinVolumesOf(group, volume) : List.of();
        for (LogicalVolume candidate : concat(dependents, volume)) {
            if (LvmVolumes.holder(context.host(), group, candidate).isPresent()) {
                context.output().err("  Logical volume " + group.name + "/" + candidate.name + " in use.");
                return false;
            }
        }
        if (!dependents.isEmpty() && !confirmed) {
            context.output().err("Removing pool " + display + " will remove " + dependents.size() + " dependent volume(s). Proceed? [y/n]: [n]");
            context.output().err("  Logical volume " + display + " not removed.");
            return false;
        }
        if (context.host().deviceMapper() && !confirmed) {
            context.output().err("Do you really want to remove active logical volume " + display + "? [y/n]: [n]");
            context.output().err("  Logical volume " + display + " not removed.");
            return false;
        }
        for (LogicalVolume removed : concat(dependents, volume)) {
            group.volumes.remove(removed);
            if (removed.thinPool()) {
                group.volumes.removeIf(lv -> lv.name.equals(removed.dataVolumeName()) || lv.name.equals(removed.metadataVolumeName()));
            }
            context.output().out("  Logical volume \"" + removed.name + "\" successfully removed.");
        }
        if (group.volumes.stream().noneMatch(LogicalVolume::thinPool)) group.volumes.removeIf(lv -> lv.role.equals(LogicalVolume.POOL_SPARE));
        return true;
    }

    private static List<LogicalVolume> concat(List<LogicalVolume> first, LogicalVolume last) {
        List<LogicalVolume> all = new ArrayList<>(first);
        all.add(last);
        return all;
    }
}
