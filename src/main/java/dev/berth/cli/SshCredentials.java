package dev.berth.cli;

import dev.berth.desired.Connection;
import dev.berth.desired.DesiredCluster;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who to connect as, for the machine that applies a saved plan or resumes a journal, which is often
 * not the one that planned (a CI runner with a deploy key): the flag, else the environment variable,
 * else the stack's own connection settings.
 */
final class SshCredentials {
    @Option(names = "--ssh-user", paramLabel = "USER", description = "SSH user (else $BERTH_SSH_USER, else the stack's).")
    String user;

    @Option(names = "--identity", paramLabel = "FILE", description = "SSH private key file (else $BERTH_SSH_IDENTITY, else the stack's).")
    String identity;

    @Option(names = "--known-hosts", paramLabel = "FILE", description = "known_hosts file (else $BERTH_KNOWN_HOSTS, else the stack's).")
    String knownHosts;

    DesiredCluster applyTo(DesiredCluster cluster, Function<String, Optional<String>> environment) {
        Connection c = cluster.connection();
        Connection connection = new Connection(c.transport(), pick(user, "BERTH_SSH_USER", environment).or(c::user), c.port(),
                pick(identity, "BERTH_SSH_IDENTITY", environment).or(c::identityFile),
                pick(knownHosts, "BERTH_KNOWN_HOSTS", environment).or(c::knownHosts), c.acceptNewHostKeys(), c.sudo(),
                c.connectTimeout(), c.commandTimeout(), c.parallelism());
        return new DesiredCluster(cluster.name(), connection, cluster.nodes(), cluster.storagePools(), cluster.resourceGroups(),
                cluster.resources(), cluster.driftIgnore(), cluster.ownership());
    }

    private static Optional<String> pick(String flag, String variable, Function<String, Optional<String>> environment) {
        return Optional.ofNullable(flag).filter(v -> !v.isBlank()).or(() -> environment.apply(variable).filter(v -> !v.isBlank()));
    }
}
