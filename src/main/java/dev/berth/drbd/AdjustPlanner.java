package dev.berth.drbd;

import dev.berth.model.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code drbdadm adjust} (drbd-utils 9.22, drbdadm_adjust.c {@code _adm_adjust}) runs on one
 * host: the resource file compared with the kernel's running configuration, and only the
 * differences issued, in drbdadm's fixed stage order. Without a running resource this is the full
 * bring-up, the same lines as {@link DrbdadmExpander} gives for adjust. Pure: the caller reads the
 * kernel ({@code drbdsetup show}) and hands its facts in as a {@link RunningResource}.
 */
public final class AdjustPlanner {
    private AdjustPlanner() {}

    public static Expansion plan(ResourceConfig resource, String hostname, Optional<RunningResource> running, Optional<Secret> secret) {
        Optional<HostConfig> local = resource.host(hostname);
        if (local.isEmpty()) return new Expansion.Refused(1, "'" + resource.name() + "' not defined in your config (for this host).");
        HostView view = new HostView(resource, local.get(), secret);
        AdjustSchedule schedule = new AdjustSchedule();
        List<VolumeAdjustment> volumes = VolumeAdjustment.compare(view, running);
        if (running.isPresent()) {
            if (!OptionComparison.equal(OptionCatalogue.RESOURCE, view.resourceOptionMap(), running.get().options(), Set.of())) {
                List<String> args = new ArrayList<>(List.of(resource.name(), "--set-defaults"));
                args.addAll(view.resourceOptions());
                schedule.add(AdjustSchedule.Stage.RESOURCE, view.drbdsetup("resource-options", args.toArray()));
            }
        } else {
            List<String> args = new ArrayList<>(List.of(resource.name(), Integer.toString(view.local.nodeId())));
            args.addAll(view.resourceOptions());
            schedule.add(AdjustSchedule.Stage.PREREQ, view.drbdsetup("new-resource", args.toArray()));
        }
        AdjustNet.schedule(view, running, schedule);
        for (VolumeAdjustment volume : volumes) volume.scheduleDisk(view, schedule);
        for (VolumeAdjustment volume : volumes) {
            if (!volume.newMinor) continue;
            VolumeConfig configured = volume.configured.orElseThrow();
            List<String> args = new ArrayList<>(List.of(resource.name(), Integer.toString(configured.minor()), Integer.toString(configured.number())));
            if (configured.isDiskless()) args.add("--diskless");
            schedule.add(AdjustSchedule.Stage.DISK_PREP_UP, view.drbdsetup("new-minor", args.toArray()));
            for (Connection connection : view.connections) AdjustNet.schedulePeerDevice(view, view.peer(connection), configured, schedule, true);
        }
        return new Expansion.Commands(schedule.commands());
    }

    /** Minors to add, detach, delete or re-tune, as drbdadm's compare_volumes flags them. */
    static final class VolumeAdjustment {
        final int number;
        final Optional<VolumeConfig> configured;
        final Optional<RunningResource.Volume> kernel;
        boolean newMinor;
        boolean deleteMinor;
        boolean attach;
        boolean detach;
        boolean diskOptions;

        private VolumeAdjustment(int number, Optional<VolumeConfig> configured, Optional<RunningResource.Volume> kernel) {
            this.number = number;
            this.configured = configured;
            this.kernel = kernel;
        }

        /** Every volume of the file or the kernel, by number; those only in the kernel are to be deleted. */
        static List<VolumeAdjustment> compare(HostView view, Optional<RunningResource> running) {
            var all = new ArrayList<VolumeAdjustment>();
            List<RunningResource.Volume> kernelVolumes = running.map(RunningResource::volumes).orElse(List.of());
            for (VolumeConfig volume : view.local.volumes()) {
                var adjustment = new VolumeAdjustment(volume.number(), Optional.of(volume),
                        kernelVolumes.stream().filter(k -> k.number() == volume.number()).findFirst());
                adjustment.compare(view);
                all.add(adjustment);
            }
            for (RunningResource.Volume kernel : kernelVolumes) {
                if (view.local.volume(kernel.number()).isPresent()) continue;
                var deleted = new VolumeAdjustment(kernel.number(), Optional.empty(), Optional.of(kernel));
                deleted.detach = kernel.backingDisk().isPresent();
                deleted.deleteMinor = true;
                all.add(deleted);
            }
            all.sort(Comparator.comparingInt(v -> v.number));
            return all;
        }

        private void compare(HostView view) {
            VolumeConfig volume = configured.orElseThrow();
            if (kernel.isEmpty()) {
                newMinor = true;
                attach = !volume.isDiskless();
                return;
            }
            RunningResource.Volume running = kernel.get();
            newMinor = running.minor() != volume.minor();
            deleteMinor = newMinor;
            boolean sameDisk = volume.backingDisk().equals(running.backingDisk());
            if (!sameDisk || newMinor) {
                attach = !volume.isDiskless();
                detach = running.backingDisk().isPresent();
            }
            if (!attach && !detach && !volume.isDiskless()) {
                diskOptions = !OptionComparison.equal(OptionCatalogue.DISK, view.diskOptionMap(), running.diskOptions(), Set.of("size"));
            }
        }

        void scheduleDisk(HostView view, AdjustSchedule schedule) {
            kernel.ifPresent(running -> {
                // drbdadm detaches through the kernel's volume, which has no device path, hence --diskless.
                if (detach) schedule.add(AdjustSchedule.Stage.DISK_PREP_DOWN, view.drbdsetup("detach", "--diskless", running.minor()));
                if (deleteMinor) schedule.add(AdjustSchedule.Stage.DISK_PREP_DOWN, view.drbdsetup("del-minor", running.minor()));
            });
            configured.ifPresent(volume -> {
                if (attach) schedule.add(AdjustSchedule.Stage.DISK, UpSequence.attach(view, volume));
                if (diskOptions) {
                    List<String> args = new ArrayList<>(List.of(Integer.toString(volume.minor()), "--set-defaults"));
                    args.addAll(HostView.flags(view.diskOptionMap()));
                    schedule.add(AdjustSchedule.Stage.DISK, view.drbdsetup("disk-options", args.toArray()));
                }
            });
        }
    }
}
