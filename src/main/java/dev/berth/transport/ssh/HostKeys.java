package dev.berth.transport.ssh;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * Public keys as OpenSSH shows them: the {@code SHA256:} fingerprint that {@code ssh-keygen -lf}
 * prints (so an operator can compare it with the host's own), and the known_hosts line to add.
 */
final class HostKeys {
    private HostKeys() {}

    /** The key in SSH wire format, which both the fingerprint and known_hosts are made of. */
    static byte[] blob(PublicKey key) {
        return new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
    }

    static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob(key));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String type(PublicKey key) { return KeyType.fromKey(key).toString(); }

    /** {@code [host]:port ssh-ed25519 AAAA…}, the line OpenSSH itself would write (unhashed). */
    static String knownHostsLine(String host, int port, PublicKey key) {
        return KnownHosts.entryName(host, port) + " " + type(key) + " " + Base64.getEncoder().encodeToString(blob(key));
    }

    /** Whether a known_hosts entry holds exactly this key, whatever its marker. */
    static boolean sameKey(OpenSSHKnownHosts.KnownHostEntry entry, PublicKey key) {
        String[] fields = entry.getLine().trim().split("\\s+");
        int keyField = fields[0].startsWith("@") ? 3 : 2;
        return fields.length > keyField && fields[keyField].equals(Base64.getEncoder().encodeToString(blob(key)));
    }
}
