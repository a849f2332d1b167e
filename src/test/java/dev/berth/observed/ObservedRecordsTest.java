package dev.berth.observed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import dev.berth.model.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The invariants of observed state that the planner relies on. */
class ObservedRecordsTest {
    private static final Command UNAME = Command.of("uname", "-n");

    @Test
    void termsKeepTextANewerDrbdAdds() {
        Term<DiskState> known = Term.of(DiskState.class, "UpToDate");
        assertTrue(known.is(DiskState.UP_TO_DATE) && known.isRecognised());
        Term<DiskState> future = Term.of(DiskState.class, "Quantum");
        assertEquals(DiskState.UNRECOGNISED, future.value());
        assertEquals("Quantum", future.toString());
        assertFalse(future.isRecognised());
        // DRBD's own "Unknown" role is a real state, not the fallback.
        assertTrue(Term.of(DrbdRole.class, "Unknown").is(DrbdRole.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> new Term<>(DiskState.UP_TO_DATE, "Outdated"));
        assertEquals(Term.of(ConnectionState.CONNECTED), Term.of(ConnectionState.class, "Connected"));
    }

    @Test
    void readingsAreKnownOrUnknownForAReason() {
        Finding reason = new Finding(FindingKind.LVM_MISSING, "lvm is not installed", Command.of("lvm", "version"));
        Reading<List<String>> unknown = Reading.unknown(reason);
        assertFalse(unknown.isKnown());
        assertEquals(Optional.of(reason), unknown.map(List::size).reason());
        assertEquals(Optional.of(2), Reading.known(List.of("a", "b")).map(List::size).value());
    }

    @Test
    void anUnreachableHostCannotBeReadAsAnEmptyOne() {
        ObservedHost down = new UnreachableHost("bravo", HostErrorKind.TIMEOUT, "no answer in 30 s");
        assertFalse(down.isReachable());
        assertEquals(Optional.empty(), down.reachable());
        ObservedCluster cluster = new ObservedCluster(new TreeMap<>(Map.of("bravo", down)));
        assertEquals(List.of(down), cluster.unreachable());
        assertEquals(List.of(), cluster.reachable());
        assertThrows(IllegalArgumentException.class, () -> new ObservedCluster(new TreeMap<>(Map.of("alpha", down))));
    }

    @Test
    void collectionsAreSortedCopiesAndNullsAreRefused() {
        List<String> tags = new ArrayList<>(List.of("owner=dba", "berth"));
        VolumeGroup group = new VolumeGroup("vg0", "u", Size.ofGiB(1), Size.ofGiB(1), Size.ofMiB(4), 256, 256, 1, 0, new TreeSet<>(tags));
        tags.clear();
        assertEquals(List.of("berth", "owner=dba"), List.copyOf(group.tags()));
        assertTrue(group.isBerths());
        assertThrows(UnsupportedOperationException.class, () -> group.tags().add("x"));
        assertThrows(NullPointerException.class, () -> new Finding(null, "m", UNAME));
        assertThrows(NullPointerException.class, () -> new PhysicalVolume("/dev/sdb", null, Size.ofBytes(0), Size.ofBytes(0), "u", Size.ofBytes(0)));
    }

    @Test
    void aConfiguredResourceHasADefinitionOrTheReasonItHasNone() {
        assertThrows(IllegalArgumentException.class, () -> new ConfiguredResource("r0", false, Optional.empty(), Optional.empty(), Optional.empty()));
        ConfiguredResource linstor = ConfiguredResource.notModelled("r0", false, Optional.of("/var/lib/linstor.d/r0.res:6"), "partial mesh");
        assertEquals(Optional.of("/var/lib/linstor.d/r0.res"), linstor.definingFile());
    }

    @Test
    void aBlankDeviceHasNoSignatureValuesAndMarkersAreExact() {
        assertThrows(IllegalArgumentException.class, () -> new DeviceSignatures("/dev/sdb", SignatureState.BLANK, new TreeMap<>(Map.of("TYPE", "ext4"))));
        ZfsDataset other = new ZfsDataset("tank/x", Term.of(ZfsDatasetType.VOLUME), Optional.of(Size.ofGiB(1)), Size.ofBytes(0),
                Size.ofBytes(0), Optional.empty(), Optional.of(Size.ofKiB(16)), Optional.of("no"));
        assertFalse(other.isBerths());
        assertThrows(IllegalArgumentException.class, () -> new LvAttributes("-wi-a", LvVolumeType.PLAIN, LvPermission.WRITEABLE,
                LvState.ACTIVE, LvOpenState.CLOSED, LvTargetType.NONE, false, LvHealth.HEALTHY, false));
    }

    @Test
    void resourceFilesNeverPrintTheirContent() {
        ResourceFile file = new ResourceFile("/etc/drbd.d/r0.res", "shared-secret \"<redacted>\";", true, new TreeMap<>());
        assertEquals("ResourceFile[/etc/drbd.d/r0.res, Berth's]", file.toString());
        assertEquals("r0.res", file.fileName());
    }
}
