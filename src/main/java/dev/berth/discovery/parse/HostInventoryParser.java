package dev.berth.discovery.parse;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.observed.BerthFiles;
import dev.berth.observed.BlockDevice;
import dev.berth.observed.DeviceSignatures;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.HostErrorKind;
import dev.berth.observed.HostFacts;
import dev.berth.observed.HostInventory;
import dev.berth.observed.LvmInventory;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.Reading;
import dev.berth.observed.SignatureState;
import dev.berth.observed.UnreachableHost;
import dev.berth.observed.ZfsInventory;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds one host's {@link ObservedHost} from the discovery batch (the contract's commands, in
 * order) and the results the host gave, in the same order. Never fails for what a host printed:
 * a missing tool, a failed command or an unreadable output makes its part of the inventory
 * unknown, with a finding that says why, and the rest is still read.
 */
public final class HostInventoryParser {
    private HostInventoryParser() {}

    /**
     * @param node             the node name in the stack
     * @param expectedHostname the {@code uname -n} the stack expects for the node, if it says
     * @param commands         the batch that ran ({@code DiscoveryCommands.batch(devices)})
     * @param results          the host's results, one per command, in the same order
     */
    public static ObservedHost parse(String node, Optional<String> expectedHostname, List<Command> commands,
                                     List<CommandResult> results) {
        if (commands.size() != results.size()) {
            return new UnreachableHost(node, HostErrorKind.CONNECTION_LOST,
                    "the discovery batch came back with " + results.size() + " of " + commands.size() + " results");
        }
        SlotReader slots = new SlotReader(new BatchOutputs(node, commands, results));
        HostFacts facts = HostFactsReader.read(slots, expectedHostname);
        Reading<List<BlockDevice>> blockDevices = slots.read(BatchSlot.BLOCK_DEVICES, LsblkParser::parse, FindingKind.COMMAND_FAILED);
        LvmInventory lvm = new LvmInventory(
                slots.read(BatchSlot.PHYSICAL_VOLUMES, PvsReportParser::parse, FindingKind.LVM_MISSING),
                slots.read(BatchSlot.VOLUME_GROUPS, VgsReportParser::parse, FindingKind.LVM_MISSING),
                slots.read(BatchSlot.LOGICAL_VOLUMES, LvsReportParser::parse, FindingKind.LVM_MISSING));
        ZfsInventory zfs = new ZfsInventory(
                slots.read(BatchSlot.ZPOOLS, ZpoolListParser::parse, FindingKind.ZFS_MISSING),
                slots.read(BatchSlot.ZFS_DATASETS, ZfsListParser::parse, FindingKind.ZFS_MISSING));
        BerthFiles files = new BerthFiles(
                slots.read(BatchSlot.RESOURCE_FILES, ResourceFilesParser::parse, FindingKind.COMMAND_FAILED),
                slots.read(BatchSlot.STATE_FILE, FileReadParser::parse, FindingKind.COMMAND_FAILED),
                slots.read(BatchSlot.LOCK_HOLDER, FileReadParser::parse, FindingKind.COMMAND_FAILED),
                slots.read(BatchSlot.IN_PROGRESS, FileReadParser::parse, FindingKind.COMMAND_FAILED));
        Reading<List<String>> linstor = slots.read(BatchSlot.LINSTOR_RESOURCES, LinstorListingParser::parse, FindingKind.COMMAND_FAILED);
        linstor.value().filter(names -> !names.isEmpty()).ifPresent(names -> slots.add(new Finding(FindingKind.LINSTOR_SATELLITE,
                "a LINSTOR satellite manages " + names.size() + " file(s) in /var/lib/linstor.d; their resources are not Berth's",
                slots.output(BatchSlot.LINSTOR_RESOURCES).command())));
        HostInventory inventory = new HostInventory(blockDevices, signatures(slots, blockDevices), lvm, zfs,
                DrbdInventoryReader.read(slots, facts.drbdModule()), files, linstor);
        return new ReachableHost(node, facts, inventory, collapseMissingTools(slots.findings()));
    }

    /**
     * The blkid probe of each device the stack names. blkid answers "blank" for a device that
     * does not exist, so blank counts only when lsblk lists the device; when lsblk could not be
     * read, blank cannot be told from missing and the probe is unknown.
     */
    private static SortedMap<String, Reading<DeviceSignatures>> signatures(SlotReader slots, Reading<List<BlockDevice>> blockDevices) {
        SortedMap<String, Reading<DeviceSignatures>> signatures = new TreeMap<>();
        List<String> paths = blockDevices.value().orElse(List.of()).stream().flatMap(BlockDevice::flattened).map(BlockDevice::path).toList();
        for (CommandOutput output : slots.signaturesOutputs()) {
            Reading<DeviceSignatures> reading = slots.record(output, BlkidProbeParser.parse(output));
            Optional<DeviceSignatures> probe = reading.value().filter(DeviceSignatures::isBlank);
            if (probe.isPresent() && blockDevices.reason().isPresent()) {
                reading = Reading.unknown(blockDevices.reason().get());
            } else if (probe.isPresent() && !paths.contains(probe.get().device())) {
                Finding notFound = new Finding(FindingKind.DEVICE_NOT_FOUND, probe.get().device()
                        + " is not in lsblk's list and blkid found nothing on it: the device may not exist", output.command());
                slots.add(notFound);
                reading = Reading.known(probe.get().withState(SignatureState.NOT_FOUND));
            }
            List<String> argv = output.command().argv();
            signatures.put(argv.get(argv.size() - 1), reading);
        }
        return signatures;
    }

    /** One finding per missing tool family, not one per command of it. */
    private static List<Finding> collapseMissingTools(List<Finding> findings) {
        List<FindingKind> once = List.of(FindingKind.LVM_MISSING, FindingKind.ZFS_MISSING, FindingKind.DRBD_UTILS_MISSING);
        return findings.stream()
                .collect(Collectors.groupingBy(f -> once.contains(f.kind()) ? f.kind().name() : f.toString(),
                        java.util.LinkedHashMap::new, Collectors.toList()))
                .values().stream().map(group -> group.get(0)).toList();
    }
}
