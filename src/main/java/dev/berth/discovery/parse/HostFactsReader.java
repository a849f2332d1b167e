package dev.berth.discovery.parse;

import dev.berth.observed.DrbdModule;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import dev.berth.observed.HostFacts;
import dev.berth.observed.Reading;
import java.util.Optional;

/**
 * Who the host is and what it runs, from {@code uname}, {@code drbdadm --version},
 * {@code /proc/drbd}, {@code lvm version} and {@code zfs version}, with the findings that matter
 * for planning: a host name that drbdadm would not match, an 8.4 or missing DRBD module.
 */
final class HostFactsReader {
    private HostFactsReader() {}

    static HostFacts read(SlotReader slots, Optional<String> expectedHostname) {
        Reading<String> hostname = slots.read(BatchSlot.HOSTNAME, UnameParser::parse, FindingKind.COMMAND_FAILED);
        hostname.value().ifPresent(actual -> expectedHostname.filter(expected -> !expected.equals(actual)).ifPresent(expected ->
                slots.add(new Finding(FindingKind.HOSTNAME_MISMATCH, "uname -n is '" + actual + "' but the stack expects '"
                        + expected + "': drbdadm matches 'on' sections by uname -n", slots.output(BatchSlot.HOSTNAME).command()))));
        Reading<String> kernel = slots.read(BatchSlot.KERNEL, UnameParser::parse, FindingKind.COMMAND_FAILED);
        Reading<DrbdadmVersion> drbdadm = slots.read(BatchSlot.DRBDADM_VERSION, DrbdadmVersionParser::parse, FindingKind.DRBD_UTILS_MISSING);
        Reading<Optional<String>> procDrbd = slots.read(BatchSlot.PROC_DRBD, ProcDrbdParser::parse, FindingKind.COMMAND_FAILED);
        Reading<String> lvm = slots.read(BatchSlot.LVM_VERSION, LvmVersionParser::parse, FindingKind.LVM_MISSING);
        Reading<String> zfs = slots.read(BatchSlot.ZFS_VERSION, ZfsVersionParser::parse, FindingKind.ZFS_MISSING);

        Optional<String> moduleVersion = drbdadm.value().flatMap(DrbdadmVersion::kernelVersion)
                .or(() -> procDrbd.value().flatMap(v -> v));
        DrbdModule module = module(drbdadm, procDrbd, moduleVersion);
        if (module == DrbdModule.DRBD_8_4) {
            slots.add(new Finding(FindingKind.DRBD_84_MODULE, "DRBD module " + moduleVersion.orElse("8.x")
                    + " is loaded; Berth needs DRBD 9", slots.output(BatchSlot.DRBDADM_VERSION).command()));
        }
        if (module == DrbdModule.NOT_LOADED) {
            slots.add(new Finding(FindingKind.DRBD_MODULE_MISSING, "no DRBD kernel module is loaded",
                    slots.output(BatchSlot.DRBDADM_VERSION).command()));
        }
        return new HostFacts(hostname.value(), kernel.value(), lvm.value(), zfs.value(),
                drbdadm.value().flatMap(DrbdadmVersion::utilsVersion), moduleVersion, module);
    }

    private static DrbdModule module(Reading<DrbdadmVersion> drbdadm, Reading<Optional<String>> procDrbd, Optional<String> version) {
        if (version.isPresent()) return version.get().startsWith("8.") ? DrbdModule.DRBD_8_4 : DrbdModule.DRBD_9;
        // Both sources agree there is none, or drbdadm says so and /proc/drbd could not be read.
        if (drbdadm.isKnown() || procDrbd.value().filter(Optional::isEmpty).isPresent()) return DrbdModule.NOT_LOADED;
        return DrbdModule.UNKNOWN;
    }
}
