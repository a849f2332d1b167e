package dev.berth.transport.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** known_hosts is parsed once for all connections of a run, and read again once it changes. */
class KnownHostsCacheTest {
    @TempDir
    Path folder;

    @Test
    void anUnchangedFileIsParsedOnceAndAChangedOneAgain() throws Exception {
        Path file = folder.resolve("known_hosts");
        Files.writeString(file, line("10.0.0.1"));
        List<Path> files = List.of(file, folder.resolve("absent"));
        KnownHostsCache cache = new KnownHostsCache();

        KnownHosts first = cache.read(files);
        assertSame(first, cache.read(files));
        assertEquals(List.of("ssh-ed25519"), first.knownTypes("10.0.0.1", 22));
        assertEquals(List.of(), first.knownTypes("10.0.0.2", 22));

        Files.writeString(file, line("10.0.0.2"), StandardOpenOption.APPEND); // as acceptNewHostKeys appends
        KnownHosts second = cache.read(files);
        assertNotSame(first, second);
        assertEquals(List.of("ssh-ed25519"), second.knownTypes("10.0.0.2", 22));

        Files.writeString(folder.resolve("absent"), line("10.0.0.3")); // a file that appears
        assertEquals(List.of("ssh-ed25519"), cache.read(files).knownTypes("10.0.0.3", 22));
    }

    private static String line(String host) throws Exception {
        return host + " " + PublicKeyEntry.toString(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256).getPublic()) + "\n";
    }
}
