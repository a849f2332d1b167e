package dev.berth.ops;

import dev.berth.desired.Backend;
import dev.berth.model.Address;
import dev.berth.model.Size;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ZfsDataset;

import java.util.List;
import java.util.Optional;

/** Backing volumes: created marked, marked when adopted, grown, removed. Sizes are gross (data plus DRBD's internal metadata). */
public final class VolumeOperations {
    private VolumeOperations() {}

    public record CreateBackingVolume(String node, String resource, int volume, String name, BackingTarget target, Size size)
            implements Operation {
        @Override public Address address() { return Address.volume(resource, volume, node); }

        @Override public String summary() { return "create backing volume " + target.qualified(name) + " (" + size + ")"; }

        @Override public List<HostCommand> commands() {
            String kib = size.kib() + "k";
            switch (target.backend()) {
                case LVM:
                    return List.of(HostCommand.of("lvcreate", "--size", kib, target.container(), "-n", name, "-y", "--addtag", "berth"));
                case LVM_THIN:
                    return List.of(HostCommand.of("lvcreate", "--virtualsize", kib, target.container(), "--thinpool",
                            target.thinPool().orElseThrow(), "--name", name, "--addtag", "berth"));
                default:
                    String volsize = size.kib() + "K";
                    return target.backend() == Backend.ZFS_THIN
                            ? List.of(HostCommand.of("zfs", "create", "-s", "-V", volsize, "-o", "berth:managed=yes", target.qualified(name)))
                            : List.of(HostCommand.of("zfs", "create", "-V", volsize, "-o", "berth:managed=yes", target.qualified(name)));
            }
        }

        @Override public List<HostCommand> undo() { return List.of(VolumeCommands.remove(target, name)); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) {
            return VolumeCommands.observedSize(host, target, name).filter(observed -> !observed.isLessThan(size)).isPresent();
        }
    }

    /** Growing is irreversible: LVM and ZFS can shrink, but DRBD's metadata sits at the end of the device. */
    public record GrowBackingVolume(String node, String resource, int volume, String name, BackingTarget target, Size from, Size to)
            implements Operation {
        @Override public Address address() { return Address.volume(resource, volume, node); }

        @Override public String summary() { return "grow backing volume " + target.qualified(name) + " " + from + " -> " + to; }

        @Override public List<HostCommand> commands() {
            if (target.backend().isZfs()) return List.of(HostCommand.of("zfs", "set", "volsize=" + to.kib() + "K", target.qualified(name)));
            return List.of(HostCommand.of("lvresize", "--size", to.kib() + "k", target.qualified(name), "-f"));
        }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.IRREVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) {
            return VolumeCommands.observedSize(host, target, name).filter(observed -> !observed.isLessThan(to)).isPresent();
        }
    }

    public record RemoveBackingVolume(String node, String resource, int volume, String name, BackingTarget target, Size size)
            implements Operation {
        @Override public Address address() { return Address.volume(resource, volume, node); }

        @Override public String summary() { return "remove backing volume " + target.qualified(name) + " (" + size + ")"; }

        @Override public List<HostCommand> commands() { return List.of(VolumeCommands.remove(target, name)); }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.DATA_LOSS; }

        @Override public boolean isDone(ReachableHost host) { return VolumeCommands.observedSize(host, target, name).isEmpty(); }
    }

    /**
     * An adopted backing volume gets Berth's marker (LVM tag {@code berth}, ZFS
     * {@code berth:managed=yes}); its data is not touched. Undo takes the marker off again.
     */
    public record MarkBackingVolume(String node, String resource, int volume, String name, BackingTarget target) implements Operation {
        @Override public Address address() { return Address.volume(resource, volume, node); }

        @Override public String summary() { return "mark backing volume " + target.qualified(name) + " as Berth's (adopted)"; }

        @Override public List<HostCommand> commands() {
            if (target.backend().isZfs()) {
                return List.of(HostCommand.of("zfs", "set", ZfsDataset.MANAGED_PROPERTY + "=yes", target.qualified(name)));
            }
            return List.of(HostCommand.of("lvchange", "--addtag", "berth", target.qualified(name)));
        }

        @Override public List<HostCommand> undo() {
            if (target.backend().isZfs()) return List.of(HostCommand.of("zfs", "inherit", ZfsDataset.MANAGED_PROPERTY, target.qualified(name)));
            return List.of(HostCommand.of("lvchange", "--deltag", "berth", target.qualified(name)));
        }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) {
            if (!target.backend().isZfs()) {
                return host.inventory().lvm().logicalVolume(target.container(), name).filter(lv -> lv.isBerths()).isPresent();
            }
            return host.inventory().zfs().datasets().value().orElse(List.of()).stream()
                    .anyMatch(d -> d.name().equals(target.qualified(name)) && d.isBerths());
        }
    }

    /** What LVM and ZFS share between the operations above. */
    static final class VolumeCommands {
        private VolumeCommands() {}

        static HostCommand remove(BackingTarget target, String name) {
            return target.backend().isZfs() ? HostCommand.of("zfs", "destroy", target.qualified(name))
                    : HostCommand.of("lvremove", "-f", target.qualified(name));
        }

        static Optional<Size> observedSize(ReachableHost host, BackingTarget target, String name) {
            if (!target.backend().isZfs()) return host.inventory().lvm().logicalVolume(target.container(), name).map(lv -> lv.size());
            return host.inventory().zfs().datasets().value().orElse(List.of()).stream()
                    .filter(d -> d.name().equals(target.qualified(name))).findFirst().flatMap(ZfsDataset::volumeSize);
        }
    }
}
