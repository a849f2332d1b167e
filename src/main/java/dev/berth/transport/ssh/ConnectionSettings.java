package dev.berth.transport.ssh;

import dev.berth.transport.HostTarget;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and as whom to connect to one node, after merging the stack's settings (first), the
 * matching {@code ~/.ssh/config} blocks, and SSH's defaults. Keys are listed in the order they
 * will be offered; {@code explicitKeys} tells whether the user named them (a missing named key is
 * an error, a missing default key is simply not offered).
 */
record ConnectionSettings(String node, String hostName, int port, String user, List<Path> identityFiles, boolean explicitKeys,
                          Path knownHosts) {
    static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    ConnectionSettings {
        identityFiles = List.copyOf(identityFiles);
    }

    static ConnectionSettings resolve(HostTarget target, SshConfigFile config, Path home, String localUser) {
        SshConfigFile.Match match = config.lookup(target.address());
        String hostName = match.hostName().map(name -> tokens(name, target.address(), localUser, "", home)).orElse(target.address());
        String user = target.user().or(match::user).orElse(localUser);
        int port = target.port().or(match::port).orElse(22);
        List<Path> keys = new ArrayList<>();
        boolean explicit = true;
        if (target.identityFile().isPresent()) {
            keys.add(path(target.identityFile().get(), hostName, localUser, user, home));
        } else if (!match.identityFiles().isEmpty()) {
            match.identityFiles().forEach(file -> keys.add(path(file, hostName, localUser, user, home)));
        } else {
            explicit = false;
            DEFAULT_KEYS.forEach(name -> keys.add(home.resolve(".ssh").resolve(name)));
        }
        Path knownHosts = target.knownHosts().map(file -> path(file, hostName, localUser, user, home))
                .orElse(home.resolve(".ssh").resolve("known_hosts"));
        return new ConnectionSettings(target.node(), hostName, port, user, keys, explicit, knownHosts);
    }

    /** "address" or "address:port" as people write it in messages. */
    String endpoint() { return port == 22 ? hostName : hostName + ":" + port; }

    private static Path path(String value, String hostName, String localUser, String remoteUser, Path home) {
        String expanded = tokens(value, hostName, localUser, remoteUser, home);
        if (expanded.equals("~")) return home;
        if (expanded.startsWith("~/")) return home.resolve(expanded.substring(2));
        return Path.of(expanded);
    }

    /** ssh_config's tokens that make sense here: %h host, %u local user, %r remote user, %d home, %%. */
    static String tokens(String value, String hostName, String localUser, String remoteUser, Path home) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '%' || i + 1 == value.length()) {
                out.append(c);
                continue;
            }
            char token = value.charAt(++i);
            switch (token) {
                case 'h' -> out.append(hostName);
                case 'u' -> out.append(localUser);
                case 'r' -> out.append(remoteUser);
                case 'd' -> out.append(home);
                case '%' -> out.append('%');
                default -> out.append('%').append(token); // unknown: left visible, so the error names it
            }
        }
        return out.toString();
    }
}
