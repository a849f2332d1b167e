package dev.berth.transport.ssh;

import dev.berth.transport.HostException;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Strict host-key checking for one connection attempt. sshj only hears "yes" or "no"; the reason
 * for a "no" is kept here so that the connector can throw {@code HOST_KEY_REJECTED} with the
 * fingerprint, the line to add and, for a changed key, the line that holds the old one.
 * {@code acceptNew} trusts a host that has no key listed at all, like OpenSSH's
 * {@code StrictHostKeyChecking=accept-new}; a changed or revoked key is refused regardless.
 */
final class StrictHostKeyVerifier implements HostKeyVerifier {
    /** Appends from parallel connections must not interleave within the file. */
    private static final Object APPEND_LOCK = new Object();

    private final ConnectionSettings settings;
    private final KnownHosts knownHosts;
    private final boolean acceptNew;
    private HostException rejection;
    private volatile String trusted;

    StrictHostKeyVerifier(ConnectionSettings settings, KnownHosts knownHosts, boolean acceptNew) {
        this.settings = settings;
        this.knownHosts = knownHosts;
        this.acceptNew = acceptNew;
    }

    /** Why the last key was refused, if it was. */
    HostException rejection() { return rejection; }

    /** The fingerprint of the key this verifier last trusted, once the handshake got that far. */
    java.util.Optional<String> trusted() { return java.util.Optional.ofNullable(trusted); }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        try {
            KnownHosts.Verdict verdict = knownHosts.check(hostname, port, key);
            switch (verdict.outcome()) {
                case TRUSTED:
                    trusted = HostKeys.fingerprint(key);
                    return true;
                case UNKNOWN:
                    if (acceptNew && verdict.otherTypes().isEmpty()) {
                        append(settings.knownHosts(), HostKeys.knownHostsLine(hostname, port, key));
                        trusted = HostKeys.fingerprint(key);
                        return true;
                    }
                    return refuse(unknown(hostname, port, key, verdict.otherTypes()));
                case CHANGED:
                    return refuse(changed(hostname, port, key, verdict.conflicts()));
                default:
                    return refuse(what(key) + " is revoked in " + verdict.conflicts().get(0).where() + "; refusing to connect");
            }
        } catch (IOException e) {
            return refuse("cannot check its key against " + settings.knownHosts() + ": " + e.getMessage());
        }
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        return knownHosts.knownTypes(hostname, port);
    }

    private String unknown(String hostname, int port, PublicKey key, List<String> otherTypes) {
        String others = otherTypes.isEmpty() ? "" : " Keys of other types (" + String.join(", ", otherTypes)
                + ") are listed for it, so it is not a new host and acceptNewHostKeys does not apply.";
        return what(key) + " is not in " + settings.knownHosts() + "." + others + " Compare the fingerprint with the host's own "
                + "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on it), then add this line to " + settings.knownHosts()
                + (otherTypes.isEmpty() ? " (or set acceptNewHostKeys: true)" : "") + ":\n" + HostKeys.knownHostsLine(hostname, port, key);
    }

    private String changed(String hostname, int port, PublicKey key, List<KnownHosts.Line> old) {
        String where = old.stream().map(KnownHosts.Line::where).collect(Collectors.joining(", "));
        return what(key) + " DIFFERS from the one in " + where + ". Someone may be intercepting the connection, or the host "
                + "was reinstalled. Only if you know it was, remove the old line (ssh-keygen -f " + old.get(0).file() + " -R '"
                + KnownHosts.entryName(hostname, port) + "') and add:\n" + HostKeys.knownHostsLine(hostname, port, key);
    }

    private String what(PublicKey key) {
        return "the " + HostKeys.type(key) + " host key of " + settings.node() + " (" + settings.endpoint() + "), "
                + HostKeys.fingerprint(key) + ",";
    }

    private boolean refuse(String message) {
        rejection = new HostException(HostException.Kind.HOST_KEY_REJECTED, settings.node(), message);
        return false;
    }

    /** Read again under the lock: a parallel connection to the same new host may have just added it. */
    private static void append(Path file, String line) throws IOException {
        synchronized (APPEND_LOCK) {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (text.lines().anyMatch(line::equals)) return;
            String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            Files.writeString(file, separator + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
