package dev.berth.discovery.parse;

import dev.berth.observed.DrbdInventory;
import dev.berth.observed.DrbdModule;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.Reading;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The three DRBD views of a host. Without a module drbdsetup fails (exit 20, "Failed to modprobe
 * drbd"), yet the kernel's state is known: nothing runs. With an 8.4 module it fails too, and
 * then nothing is known, for the reason the 8.4 finding gives.
 */
final class DrbdInventoryReader {
    private DrbdInventoryReader() {}

    static DrbdInventory read(SlotReader slots, DrbdModule module) {
        return new DrbdInventory(
                slots.read(BatchSlot.DRBD_CONFIG, DrbdadmDumpParser::parse, FindingKind.DRBD_UTILS_MISSING),
                kernel(slots, BatchSlot.DRBD_KERNEL_CONFIG, DrbdsetupShowParser::parse, module),
                kernel(slots, BatchSlot.DRBD_STATUS, DrbdsetupStatusParser::parse, module));
    }

    private static <T> Reading<List<T>> kernel(SlotReader slots, BatchSlot slot,
                                               Function<CommandOutput, Parsed<List<T>>> parser, DrbdModule module) {
        CommandOutput output = slots.output(slot);
        Optional<Finding> missing = slots.missing(output, FindingKind.DRBD_UTILS_MISSING);
        if (missing.isPresent()) return Reading.unknown(missing.get());
        if (output.exitCode() != 0 && module == DrbdModule.NOT_LOADED) return Reading.known(List.of());
        if (output.exitCode() != 0 && module == DrbdModule.DRBD_8_4) {
            return Reading.unknown(new Finding(FindingKind.DRBD_84_MODULE, "the DRBD 8.4 module has no JSON "
                    + "status or show (" + output.result().firstErrorLine() + ")", output.command()));
        }
        return slots.record(output, parser.apply(output));
    }
}
