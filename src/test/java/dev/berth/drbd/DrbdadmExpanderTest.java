package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.berth.model.Command;
import dev.berth.model.Secret;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the fixtures do not show: refusals, the redacted secret, and the typed drbdadm line. */
class DrbdadmExpanderTest {
    private final ResourceConfig r0 = SampleResources.threeDiskful();

    @Test
    void withoutTheValueTheSecretIsAPlaceholder() {
        Command newPeer = DrbdadmExpander.expand(r0, "alpha", VerbRequest.of(DrbdadmVerb.UP, "r0"), Optional.empty()).commands().get(2);
        assertEquals("drbdsetup new-peer r0 1 --_name=beta --verify-alg=crc32c '--shared-secret=<redacted:env:R0_SECRET>' --protocol=C --cram-hmac-alg=sha1",
                newPeer.shellQuoted());
    }

    @Test
    void aSecretFromAnotherSourceIsABug() {
        assertThrows(IllegalArgumentException.class, () -> DrbdadmExpander.expand(r0, "alpha", VerbRequest.of(DrbdadmVerb.UP, "r0"),
                Optional.of(Secret.of("env:OTHER", "x"))));
    }

    @Test
    void refusesLikeDrbdadm() {
        assertEquals(new Expansion.Refused(1, "'r0' not defined in your config (for this host)."),
                DrbdadmExpander.expand(r0, "delta", VerbRequest.of(DrbdadmVerb.UP, "r0"), Optional.empty()));
        assertEquals(new Expansion.Refused(1, "Resource 'r0' has no volume 5"),
                DrbdadmExpander.expand(r0, "alpha", VerbRequest.of(DrbdadmVerb.RESIZE, "r0").onVolume(5), Optional.empty()));
        assertEquals(1, ((Expansion.Refused) DrbdadmExpander.expand(r0, "alpha", VerbRequest.of(DrbdadmVerb.NEW_CURRENT_UUID, "r0"), Optional.empty())).exitCode());
        assertEquals(new Expansion.Refused(1, "Not a valid connection (r0:delta) for this host"),
                DrbdadmExpander.expand(r0, "alpha", VerbRequest.of(DrbdadmVerb.CONNECT, "r0").toPeer("delta"), Optional.empty()));
    }

    @Test
    void theTypedLinePutsMaxPeersFirstAndFlagsAfterTheDoubleDash() {
        assertEquals(List.of("drbdadm", "--max-peers", "7", "--", "--force", "create-md", "r0/0"),
                VerbRequest.of(DrbdadmVerb.CREATE_MD, "r0").onVolume(0).with(VerbFlag.FORCE).withMaxPeers(7).drbdadmArgv());
        assertEquals(List.of("drbdadm", "disconnect", "r0:beta"), VerbRequest.of(DrbdadmVerb.DISCONNECT, "r0").toPeer("beta").drbdadmArgv());
        assertThrows(IllegalArgumentException.class, () -> VerbRequest.of(DrbdadmVerb.UP, "r0").with(VerbFlag.FORCE));
        assertThrows(IllegalArgumentException.class, () -> VerbRequest.of(DrbdadmVerb.CREATE_MD, "r0").withMaxPeers(32));
    }

    @Test
    void peersThatLeftTheFileAreAddressedByNodeId() {
        assertEquals("drbdsetup del-peer r0 4", DrbdsetupCommands.delPeer("r0", 4).shellQuoted());
        assertEquals("drbdsetup forget-peer r0 4", DrbdsetupCommands.forgetPeer("r0", 4).shellQuoted());
        assertEquals("drbdsetup down r0", DrbdsetupCommands.down("r0").shellQuoted());
    }
}
