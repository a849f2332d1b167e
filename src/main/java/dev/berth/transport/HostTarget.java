package dev.berth.transport;

import java.time.Duration;
import java.util.Optional;

/**
 * Everything a transport needs to reach one node: its name, address, and the stack's connection
 * settings (empty optionals fall back to ~/.ssh/config, then to SSH's defaults).
 */
public record HostTarget(String node, String address, Optional<String> user, Optional<Integer> port,
                         Optional<String> identityFile, Optional<String> knownHosts, boolean acceptNewHostKeys,
                         boolean sudo, Duration connectTimeout, Duration commandTimeout) {}
