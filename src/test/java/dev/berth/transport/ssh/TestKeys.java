package dev.berth.transport.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/** Client keys for tests, written the way ssh-keygen writes them (openssh-key-v1, unencrypted). */
final class TestKeys {
    private TestKeys() {}

    static KeyPair ed25519(Path file) throws Exception {
        return write(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256), file);
    }

    static KeyPair ecdsa(Path file) throws Exception {
        return write(KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256), file);
    }

    private static KeyPair write(KeyPair pair, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "berth-test", (OpenSSHKeyEncryptionContext) null, out);
        }
        return pair;
    }
}
