package dev.berth.transport.ssh;

import dev.berth.transport.HostTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A home folder of its own for a test: {@code .ssh/id_ed25519} authorised on the server,
 * {@code .ssh/known_hosts} trusting it, and targets built with short timeouts. Nothing of the
 * real user's ~/.ssh is read.
 */
final class SshTestHome {
    final Path home;
    final Path knownHosts;
    final Path defaultKey;
    final KeyPair key;
    final TestSshServer server;

    SshTestHome(Path home, TestSshServer server) throws Exception {
        this.home = home;
        this.server = server;
        this.knownHosts = home.resolve(".ssh/known_hosts");
        this.defaultKey = home.resolve(".ssh/id_ed25519");
        this.key = TestKeys.ed25519(defaultKey);
        server.authorize(key.getPublic());
        Files.writeString(knownHosts, server.knownHostsLine() + "\n");
    }

    SshHostConnector connector() { return new SshHostConnector(home, "tester", List.of()); }

    HostTarget target() { return target(false, false, Duration.ofSeconds(10)); }

    HostTarget target(boolean acceptNewHostKeys, boolean sudo, Duration commandTimeout) {
        return new HostTarget("node-a", "127.0.0.1", Optional.of("deploy"), Optional.of(server.port()), Optional.empty(),
                Optional.empty(), acceptNewHostKeys, sudo, Duration.ofSeconds(5), commandTimeout);
    }

    HostTarget withIdentity(Path identityFile) {
        HostTarget base = target();
        return new HostTarget(base.node(), base.address(), base.user(), base.port(), Optional.of(identityFile.toString()),
                base.knownHosts(), false, false, base.connectTimeout(), base.commandTimeout());
    }
}
