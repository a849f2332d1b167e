package dev.berth.discovery.parse;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A discovery batch and a host's answers for tests: starts from the verbatim answers of this
 * machine (no DRBD module, no ZFS, LVM without device-mapper) and lets a test replace any answer.
 */
final class HostBatch {
    final List<Command> commands;
    private final Map<Command, CommandResult> answers = new LinkedHashMap<>();

    HostBatch(List<String> devices) {
        commands = DiscoveryCommands.batch(devices);
        fixture(DiscoveryCommands.HOSTNAME, 0, "uname", "nodename.txt");
        fixture(DiscoveryCommands.KERNEL, 0, "uname", "release.txt");
        fixture(DiscoveryCommands.DRBDADM_VERSION, 0, "drbdadm", "version-no-module.txt");
        fixture(DiscoveryCommands.PROC_DRBD, 1, "proc-drbd", "no-module.txt");
        fixture(DiscoveryCommands.LVM_VERSION, 0, "lvm", "version.txt");
        fixture(DiscoveryCommands.ZFS_VERSION, 127, "sh", "zfs-version-not-installed.txt");
        fixture(DiscoveryCommands.BLOCK_DEVICES, 0, "lsblk", "selected-columns.json");
        fixture(DiscoveryCommands.PHYSICAL_VOLUMES, 0, "pvs", "two-vgs-three-pvs.json");
        fixture(DiscoveryCommands.VOLUME_GROUPS, 0, "vgs", "two-vgs.json");
        fixture(DiscoveryCommands.LOGICAL_VOLUMES, 0, "lvs", "contract-two-vgs.json");
        // zpool and zfs are not installed: the shell's answer, with the program's own name.
        answers.put(DiscoveryCommands.ZPOOLS, new CommandResult(127, "", "sh: 1: zpool: not found\n"));
        answers.put(DiscoveryCommands.ZFS_DATASETS, new CommandResult(127, "", "sh: 1: zfs: not found\n"));
        fixture(DiscoveryCommands.DRBD_CONFIG, 0, "drbdadm", "mesh-top-level-volume.dump-all.txt");
        fixture(DiscoveryCommands.DRBD_KERNEL_CONFIG, 20, "drbdsetup", "show-json-no-module.json");
        fixture(DiscoveryCommands.DRBD_STATUS, 20, "drbdsetup", "status-json-no-module.json");
        fixture(DiscoveryCommands.RESOURCE_FILES, 0, "find", "resource-files.bin");
        fixture(DiscoveryCommands.STATE_FILE, 1, "cat", "state-file-missing.txt");
        answers.put(DiscoveryCommands.LOCK_HOLDER, new CommandResult(1, "", "cat: /var/lib/berth/lock/holder.json: No such file or directory\n"));
        answers.put(DiscoveryCommands.IN_PROGRESS, new CommandResult(1, "", "cat: /var/lib/berth/in-progress.json: No such file or directory\n"));
        fixture(DiscoveryCommands.LINSTOR_RESOURCES, 2, "ls", "linstor-missing.txt");
        for (String device : devices) answers.put(DiscoveryCommands.deviceSignatures(device), new CommandResult(2, "", ""));
    }

    HostBatch fixture(Command command, int exit, String tool, String file) {
        CommandOutput output = Fixtures.output(command, exit, tool, file);
        answers.put(command, output.result());
        return this;
    }

    HostBatch answer(Command command, int exit, String stdout, String stderr) {
        answers.put(command, new CommandResult(exit, stdout, stderr));
        return this;
    }

    List<CommandResult> results() {
        List<CommandResult> results = new ArrayList<>();
        for (Command command : commands) results.add(answers.get(command));
        return results;
    }
}
