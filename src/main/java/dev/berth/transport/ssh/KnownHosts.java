package dev.berth.transport.ssh;

import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * known_hosts files read line by line, so that a verdict can name the exact line of the exact
 * file. Entry syntax (hashed names, {@code [host]:port}, patterns, markers) is sshj's parser;
 * what a match means is decided here, as OpenSSH does: a listed key of the same type that differs
 * is a changed key, never a new one.
 */
final class KnownHosts {
    /** One parsed line and where it came from. */
    record Line(Path file, int number, OpenSSHKnownHosts.KnownHostEntry entry) {
        String where() { return file + " line " + number; }
    }

    enum Outcome { TRUSTED, REVOKED, CHANGED, UNKNOWN }

    /** {@code conflicts}: lines with another key of the same type; {@code otherTypes}: types listed for the host. */
    record Verdict(Outcome outcome, List<Line> conflicts, List<String> otherTypes) {}

    private final List<Line> lines;

    private KnownHosts(List<Line> lines) { this.lines = List.copyOf(lines); }

    static KnownHosts read(List<Path> files) throws IOException {
        // The factory is an inner class of sshj's verifier; an empty instance only lends it.
        OpenSSHKnownHosts.EntryFactory parser = new OpenSSHKnownHosts(new StringReader(""), SshLogging.FACTORY).new EntryFactory();
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) continue;
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                try {
                    OpenSSHKnownHosts.KnownHostEntry entry = parser.parseEntry(text.get(i));
                    if (entry instanceof OpenSSHKnownHosts.HostEntry) lines.add(new Line(file, i + 1, entry));
                } catch (IOException | RuntimeException unreadable) {
                    // OpenSSH skips a line it cannot read, too; one bad line must not hide the rest
                }
            }
        }
        return new KnownHosts(lines);
    }

    /** The name a known_hosts line uses for this endpoint: {@code host}, or {@code [host]:port}. */
    static String entryName(String host, int port) {
        String lower = host.toLowerCase(java.util.Locale.ROOT);
        return port == 22 ? lower : "[" + lower + "]:" + port;
    }

    /** Synchronized, as is {@link #knownTypes}: sshj's hashed entries share one HMAC instance each. */
    synchronized Verdict check(String host, int port, PublicKey key) throws IOException {
        KeyType type = KeyType.fromKey(key);
        String name = entryName(host, port);
        List<Line> conflicts = new ArrayList<>();
        List<String> otherTypes = new ArrayList<>();
        boolean trusted = false;
        for (Line line : lines) {
            OpenSSHKnownHosts.KnownHostEntry entry = line.entry();
            if (!entry.appliesTo(name)) continue;
            String marker = entry.getLine().startsWith("@") ? entry.getLine().split("\\s+", 2)[0] : "";
            if (marker.equals("@revoked")) {
                if (HostKeys.sameKey(entry, key)) return new Verdict(Outcome.REVOKED, List.of(line), List.of());
                continue;
            }
            if (marker.equals("@cert-authority")) continue; // host certificates are not supported
            if (entry.getType() != type) {
                if (!otherTypes.contains(entry.getType().toString())) otherTypes.add(entry.getType().toString());
            } else if (entry.verify(key)) {
                trusted = true;
            } else {
                conflicts.add(line);
            }
        }
        if (trusted) return new Verdict(Outcome.TRUSTED, List.of(), otherTypes);
        if (!conflicts.isEmpty()) return new Verdict(Outcome.CHANGED, conflicts, otherTypes);
        return new Verdict(Outcome.UNKNOWN, List.of(), otherTypes);
    }

    /** Key types already listed for the endpoint, so that key exchange asks the host for one of those. */
    synchronized List<String> knownTypes(String host, int port) {
        String name = entryName(host, port);
        List<String> types = new ArrayList<>();
        for (Line line : lines) {
            try {
                String type = line.entry().getType().toString();
                if (line.entry().appliesTo(name) && !line.entry().getLine().startsWith("@") && !types.contains(type)) types.add(type);
            } catch (IOException ignored) {
                // a hashed entry that cannot be matched is no help in choosing an algorithm
            }
        }
        return types;
    }
}
