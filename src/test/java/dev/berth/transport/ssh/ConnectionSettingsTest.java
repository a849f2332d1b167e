package dev.berth.transport.ssh;

import dev.berth.transport.HostTarget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ~/.ssh/config as ssh_config(5) reads it, merged under the stack's own settings. */
class ConnectionSettingsTest {
    private static final Path HOME = Path.of("/home/ops");
    private static final SshConfigFile CONFIG = SshConfigFile.parse(String.join("\n",
            "# storage nodes",
            "Host db-* !db-legacy",
            "    HostName %h.storage.example",
            "    User=storage",
            "    IdentityFile ~/.ssh/storage_%u_%r",
            "Host db-legacy",
            "    HostName 10.0.0.9",
            "    Port 2222",
            "Match host db-1",
            "    Port 1",
            "Host \"*\"",
            "    User fallback",
            "    Port = 22022",
            "    IdentityFile \"%d/keys/all hosts\"",
            "    IdentityFile /etc/berth/100%%.key"));

    @Test
    void firstMatchWinsPerKeywordAndIdentityFilesAccumulate() {
        ConnectionSettings settings = resolve(target("db-1", Optional.empty(), Optional.empty()));
        assertEquals("db-1.storage.example", settings.hostName());
        assertEquals("storage", settings.user());
        assertEquals(22022, settings.port());
        assertEquals(List.of(Path.of("/home/ops/.ssh/storage_ops_storage"), Path.of("/home/ops/keys/all hosts"),
                Path.of("/etc/berth/100%.key")), settings.identityFiles());
        assertTrue(settings.explicitKeys());
    }

    @Test
    void aNegatedPatternExcludesTheHostFromItsBlock() {
        ConnectionSettings settings = resolve(target("db-legacy", Optional.empty(), Optional.empty()));
        assertEquals("10.0.0.9", settings.hostName());
        assertEquals(2222, settings.port());
        assertEquals("fallback", settings.user());
        assertEquals(Path.of("/home/ops/keys/all hosts"), settings.identityFiles().get(0));
    }

    @Test
    void theStackWinsOverTheConfigAndItsKeyIsTheOnlyOne() {
        HostTarget target = new HostTarget("node-a", "db-2", Optional.of("root"), Optional.of(22), Optional.of("~/berth_key"),
                Optional.of("~/berth_known_hosts"), false, false, Duration.ofSeconds(5), Duration.ofSeconds(5));
        ConnectionSettings settings = resolve(target);
        assertEquals("root", settings.user());
        assertEquals(22, settings.port());
        assertEquals(List.of(Path.of("/home/ops/berth_key")), settings.identityFiles());
        assertEquals(Path.of("/home/ops/berth_known_hosts"), settings.knownHosts());
        assertEquals("db-2.storage.example", settings.endpoint());
    }

    @Test
    void withoutConfigTheDefaultsOfSshApply() {
        ConnectionSettings settings = ConnectionSettings.resolve(target("10.1.1.1", Optional.empty(), Optional.empty()),
                SshConfigFile.empty(), HOME, "ops");
        assertEquals("10.1.1.1", settings.hostName());
        assertEquals("ops", settings.user());
        assertEquals(22, settings.port());
        assertEquals(List.of(HOME.resolve(".ssh/id_ed25519"), HOME.resolve(".ssh/id_ecdsa"), HOME.resolve(".ssh/id_rsa")),
                settings.identityFiles());
        assertFalse(settings.explicitKeys());
        assertEquals(HOME.resolve(".ssh/known_hosts"), settings.knownHosts());
    }

    @Test
    void patternsGlobWithoutCaseAndCommasListAlternatives() {
        assertTrue(HostPatterns.matches(List.of("DB-?"), "db-1"));
        assertFalse(HostPatterns.matches(List.of("db-?"), "db-10"));
        assertTrue(HostPatterns.matches(List.of("web,db-*"), "db-10"));
        assertTrue(HostPatterns.matches(List.of("*.lab"), "a.b.lab"));
        assertFalse(HostPatterns.matches(List.of("!db-1"), "db-1"));
        assertFalse(HostPatterns.matches(List.of("!db-1"), "db-2"), "a block of only negations matches nothing");
    }

    private static ConnectionSettings resolve(HostTarget target) {
        return ConnectionSettings.resolve(target, CONFIG, HOME, "ops");
    }

    private static HostTarget target(String address, Optional<String> user, Optional<Integer> port) {
        return new HostTarget("node-a", address, user, port, Optional.empty(), Optional.empty(), false, false,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
