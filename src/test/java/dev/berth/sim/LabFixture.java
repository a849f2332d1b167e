package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.model.Size;

import java.nio.file.Path;
import java.util.List;

/** Small labs for tests: one or three nodes with a disk each, created in a test's temporary folder. */
final class LabFixture {
    private LabFixture() {}

    static SimLab threeNodes(Path dir) {
        return threeNodes(dir, LabOptions.defaults());
    }

    static SimLab threeNodes(Path dir, LabOptions options) {
        return SimLab.create(dir, List.of(node("worker-1", "10.0.0.1"), node("worker-2", "10.0.0.2"), node("worker-3", "10.0.0.3")), options);
    }

    /** Hosts like the fixture machine: drbd-utils installed, no DRBD module loaded. */
    static SimLab threeNodesWithoutDrbd(Path dir) {
        return threeNodes(dir, LabOptions.defaults().withVersions(ToolVersions.debian12().withoutDrbdModule()));
    }

    static LabNode node(String name, String address) {
        return LabNode.of(name, address, LabDevice.blank("/dev/nvme0n1", Size.ofGiB(10)), LabDevice.blank("/dev/sdb", Size.ofGiB(4)));
    }

    static CommandResult run(SimHost host, String... argv) {
        return host.run(new Command(List.of(argv)), "");
    }
}
