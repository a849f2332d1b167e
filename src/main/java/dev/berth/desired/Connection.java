package dev.berth.desired;

import java.time.Duration;
import java.util.Optional;

/** Connection settings; empty optionals fall back to ~/.ssh/config and then to SSH's own defaults. */
public record Connection(Transport transport, Optional<String> user, Optional<Integer> port,
                         Optional<String> identityFile, Optional<String> knownHosts, boolean acceptNewHostKeys,
                         boolean sudo, Duration connectTimeout, Duration commandTimeout, int parallelism) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_PARALLELISM = 32;

    public Connection {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1");
    }

    public static Connection defaults(Transport transport) {
        return new Connection(transport, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_COMMAND_TIMEOUT, DEFAULT_PARALLELISM);
    }
}
