package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The adjust diff against kernel states written by hand. Each expectation was printed by the real
 * drbdadm 9.22 ({@code FAKE_DRBDSETUP_SHOW=<show text> drbdadm -d adjust r0}, as alpha) for the same
 * file and kernel state; the simulator's comparison test repeats this against the installed tool.
 */
class AdjustPlannerTest {
    private static final ResourceConfig R0 = SampleResources.threeDiskful();
    private static final String SECRET = SampleResources.SECRET.reveal();
    private static final Map<String, String> NET_BETA = Map.of("cram-hmac-alg", "sha1", "shared-secret", SECRET, "verify-alg", "crc32c", "_name", "beta");
    private static final Map<String, String> NET_GAMMA = Map.of("cram-hmac-alg", "sha1", "shared-secret", SECRET, "verify-alg", "crc32c", "_name", "gamma");

    static RunningResource running(List<RunningResource.Volume> volumes, List<RunningResource.Peer> peers, Map<String, String> options) {
        return new RunningResource("r0", 0, options, volumes, peers);
    }

    static RunningResource.Volume volume0(String alExtents) {
        return new RunningResource.Volume(0, 1000, Optional.of("/dev/vg0/r0_00000"), false, Map.of("al-extents", alExtents));
    }

    static RunningResource.Peer peer(int nodeId, String remote, boolean standAlone, Map<String, String> net) {
        return new RunningResource.Peer(nodeId, List.of(new RunningResource.Path("ipv4:10.0.0.1:7000", remote)), standAlone, net, Map.of());
    }

    static final Map<String, String> OPTIONS = Map.of("auto-promote", "no", "quorum", "majority", "on-no-quorum", "io-error");

    private static List<String> lines(Expansion expansion) {
        return expansion.commands().stream().map(Command::shellQuoted).toList();
    }

    @Test
    void aKernelThatMatchesTheFileNeedsNothing() {
        RunningResource kernel = running(List.of(volume0("6007")),
                List.of(peer(1, "ipv4:10.0.0.2:7001", false, NET_BETA), peer(2, "ipv4:10.0.0.3:7002", false, NET_GAMMA)), OPTIONS);
        assertEquals(List.of(), lines(AdjustPlanner.plan(R0, "alpha", Optional.of(kernel), SampleResources.secretFor(R0))));
    }

    @Test
    void changedOptionsAndAMovedPathAreReSetInStageOrder() {
        Map<String, String> md5 = new java.util.HashMap<>(NET_BETA);
        md5.put("verify-alg", "md5");
        Map<String, String> md5Gamma = new java.util.HashMap<>(NET_GAMMA);
        md5Gamma.put("verify-alg", "md5");
        RunningResource kernel = running(List.of(volume0("7000")),
                List.of(peer(1, "ipv4:10.0.0.2:7009", false, md5), peer(2, "ipv4:10.0.0.3:7002", false, md5Gamma)),
                Map.of("auto-promote", "no", "quorum", "off", "on-no-quorum", "io-error"));
        List<String> lines = lines(AdjustPlanner.plan(R0, "alpha", Optional.of(kernel), SampleResources.secretFor(R0)));
        String net = " --verify-alg=crc32c '--shared-secret=not so \"secret\"' --protocol=C --cram-hmac-alg=sha1";
        assertEquals(List.of(
                "drbdsetup resource-options r0 --set-defaults --auto-promote=no --on-no-quorum=io-error --quorum=majority",
                "drbdsetup disconnect r0 1",
                "drbdsetup del-path r0 1 ipv4:10.0.0.1:7000 ipv4:10.0.0.2:7009",
                "drbdsetup new-path r0 1 ipv4:10.0.0.1:7000 ipv4:10.0.0.2:7001",
                "drbdsetup net-options r0 1 --set-defaults --_name=beta" + net,
                "drbdsetup net-options r0 2 --set-defaults --_name=gamma" + net,
                "drbdsetup disk-options 1000 --set-defaults --on-io-error=detach --al-extents=6007",
                "drbdsetup connect r0 1"), lines);
    }

    @Test
    void peersAndVolumesOnlyInTheKernelGoAndNewOnesCome() {
        RunningResource.Volume extra = new RunningResource.Volume(1, 1001, Optional.of("/dev/vg0/r0_00001"), false, Map.of());
        RunningResource kernel = running(List.of(volume0("6007"), extra),
                List.of(peer(1, "ipv4:10.0.0.2:7001", true, NET_BETA), peer(5, "ipv4:10.0.0.9:7002", false, NET_BETA)), OPTIONS);
        List<String> lines = lines(AdjustPlanner.plan(R0, "alpha", Optional.of(kernel), SampleResources.secretFor(R0)));
        assertEquals(List.of(
                "drbdsetup detach --diskless 1001",
                "drbdsetup del-minor 1001",
                "drbdsetup del-peer r0 5",
                "drbdsetup new-peer r0 2 --_name=gamma --verify-alg=crc32c '--shared-secret=not so \"secret\"' --protocol=C --cram-hmac-alg=sha1",
                "drbdsetup new-path r0 2 ipv4:10.0.0.1:7000 ipv4:10.0.0.3:7002",
                "drbdsetup peer-device-options r0 2 0 --set-defaults --c-max-rate=102400k --resync-rate=250k",
                "drbdsetup connect r0 1",
                "drbdsetup connect r0 2"), lines);
    }

    @Test
    void withoutAKernelResourceAdjustIsTheExpandersBringUp() {
        for (ResourceConfig resource : SampleResources.all().values()) {
            for (HostConfig host : resource.hosts()) {
                VerbRequest adjust = VerbRequest.of(DrbdadmVerb.ADJUST, resource.name());
                Expansion expected = DrbdadmExpander.expand(resource, host.hostname(), adjust, SampleResources.secretFor(resource));
                assertEquals(expected, AdjustPlanner.plan(resource, host.hostname(), Optional.empty(), SampleResources.secretFor(resource)),
                        resource.name() + " on " + host.hostname());
            }
        }
    }

    @Test
    void aHostOutsideTheFileIsRefusedLikeDrbdadm() {
        Expansion refused = AdjustPlanner.plan(R0, "delta", Optional.empty(), Optional.empty());
        assertTrue(refused.isRefused());
        assertEquals(new Expansion.Refused(1, "'r0' not defined in your config (for this host)."), refused);
    }
}
