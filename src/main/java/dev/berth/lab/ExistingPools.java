package dev.berth.lab;

import dev.berth.desired.Backend;
import dev.berth.desired.StoragePool;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool the stack names without devices must already exist on its hosts; in a lab, Berth builds
 * it with the same commands an admin would have used, so the lab starts where a real cluster does.
 */
final class ExistingPools {
    private ExistingPools() {}

    static void build(SimHost host, StoragePool pool, String disk) {
        for (Command command : commands(pool, disk)) {
            CommandResult result = host.run(command, "");
            if (!result.succeeded()) {
                throw new IllegalStateException("building pool " + pool.name() + " in the lab failed: " + command + ": " + result.firstErrorLine());
            }
        }
    }

    static List<Command> commands(StoragePool pool, String disk) {
        List<Command> commands = new ArrayList<>();
        if (pool.backend().isZfs()) {
            String[] parts = pool.container().split("/", 2);
            commands.add(Command.of("zpool", "create", "-f", parts[0], disk));
            if (parts.length > 1) commands.add(Command.of("zfs", "create", "-p", pool.container()));
            return commands;
        }
        commands.add(Command.of("pvcreate", disk));
        commands.add(Command.of("vgcreate", pool.container(), disk));
        if (pool.backend() == Backend.LVM_THIN) {
            commands.add(Command.of("lvcreate", "-l", "100%FREE", "-T", "-n", pool.container() + "/" + pool.thinPool().orElseThrow()));
        }
        return commands;
    }
}
