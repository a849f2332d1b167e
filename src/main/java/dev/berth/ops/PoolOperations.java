package dev.berth.ops;

import dev.berth.model.Address;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ZfsDataset;

import java.util.ArrayList;
import java.util.List;

/** Building storage pools from the devices a stack declares. Every pool Berth builds carries its marker. */
public final class PoolOperations {
    private PoolOperations() {}

    /** Devices become PVs and one VG tagged {@code berth}. Wiping a listed device destroys what was on it. */
    public record CreateVolumeGroup(String node, String pool, String volumeGroup, List<String> devices, List<String> wipe)
            implements Operation {
        public CreateVolumeGroup {
            devices = List.copyOf(devices);
            wipe = List.copyOf(wipe);
        }

        @Override public Address address() { return Address.pool(pool, node); }

        @Override public String summary() { return "create volume group " + volumeGroup + " on " + String.join(", ", devices); }

        @Override public List<HostCommand> commands() {
            List<HostCommand> commands = new ArrayList<>();
            for (String device : wipe) commands.add(HostCommand.of("wipefs", "--all", device));
            for (String device : devices) commands.add(HostCommand.of("pvcreate", device));
            List<String> vgcreate = new ArrayList<>(List.of("vgcreate", "--addtag", "berth", volumeGroup));
            vgcreate.addAll(devices);
            commands.add(new HostCommand(new dev.berth.model.Command(vgcreate), ""));
            return commands;
        }

        @Override public List<HostCommand> undo() {
            List<HostCommand> undo = new ArrayList<>(List.of(HostCommand.of("vgremove", "--force", volumeGroup)));
            for (String device : devices) undo.add(HostCommand.of("pvremove", device));
            return undo;
        }

        @Override public Risk risk() { return wipe.isEmpty() ? Risk.REVERSIBLE : Risk.DATA_LOSS; }

        @Override public boolean isDone(ReachableHost host) { return host.inventory().lvm().volumeGroup(volumeGroup).isPresent(); }
    }

    /** A thin pool filling the VG, with zeroing of new blocks on, so new thin volumes read as zeros (facts §4). */
    public record CreateThinPool(String node, String pool, String volumeGroup, String thinPool) implements Operation {
        @Override public Address address() { return Address.pool(pool, node); }

        @Override public String summary() { return "create thin pool " + volumeGroup + "/" + thinPool; }

        @Override public List<HostCommand> commands() {
            // -Z y at creation: lvm2 zeroes new thin pools by default (thin_pool_zero=1), and a later
            // `lvchange --zero y` on a pool that already zeroes fails ("already zero new blocks")
            return List.of(HostCommand.of("lvcreate", "-l", "100%FREE", "-T", "-Z", "y", "-n", volumeGroup + "/" + thinPool),
                    HostCommand.of("lvchange", "--addtag", "berth", volumeGroup + "/" + thinPool));
        }

        @Override public List<HostCommand> undo() { return List.of(HostCommand.of("lvremove", "-f", volumeGroup + "/" + thinPool)); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) {
            return host.inventory().lvm().logicalVolume(volumeGroup, thinPool).filter(lv -> lv.isThinPool()).isPresent();
        }
    }

    /** A zpool on the devices (and the dataset a pool names inside it), marked {@code berth:managed=yes}. */
    public record CreateZpool(String node, String pool, String container, List<String> devices, List<String> wipe) implements Operation {
        public CreateZpool {
            devices = List.copyOf(devices);
            wipe = List.copyOf(wipe);
        }

        public String zpool() { return container.split("/", 2)[0]; }

        @Override public Address address() { return Address.pool(pool, node); }

        @Override public String summary() { return "create zpool " + zpool() + " on " + String.join(", ", devices); }

        @Override public List<HostCommand> commands() {
            List<HostCommand> commands = new ArrayList<>();
            for (String device : wipe) commands.add(HostCommand.of("wipefs", "--all", device));
            List<String> create = new ArrayList<>(List.of("zpool", "create", "-o", "ashift=12", zpool()));
            create.addAll(devices);
            commands.add(new HostCommand(new dev.berth.model.Command(create), ""));
            commands.add(HostCommand.of("zfs", "set", "berth:managed=yes", zpool()));
            if (!container.equals(zpool())) commands.add(HostCommand.of("zfs", "create", "-p", "-o", "berth:managed=yes", container));
            return commands;
        }

        @Override public List<HostCommand> undo() { return List.of(HostCommand.of("zpool", "destroy", zpool())); }

        @Override public Risk risk() { return wipe.isEmpty() ? Risk.REVERSIBLE : Risk.DATA_LOSS; }

        @Override public boolean isDone(ReachableHost host) {
            return host.inventory().zfs().datasets().value().orElse(List.of()).stream().map(ZfsDataset::name).anyMatch(container::equals);
        }
    }
}
