package dev.berth.transport.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * known_hosts parsed once per connector instead of once per connection: parsing a line decodes
 * its key, so with one file for N hosts, N connections parsed N² keys (0.5 s of CPU for 100
 * hosts). A file that changed since (size or modification time: an appended accept-new line, an
 * edit by hand) is read again.
 */
final class KnownHostsCache {
    private record Stamp(Path file, long size, long modifiedNanos) {}

    private record Cached(List<Stamp> stamps, KnownHosts knownHosts) {}

    /** Loaded with the cache: parsing a line decodes a key, so BouncyCastle must be switched off first. */
    @SuppressWarnings("unused")
    private static final SshClientConfig CONFIG = SshClientConfig.INSTANCE;

    private final Map<List<Path>, Cached> cache = new HashMap<>();

    synchronized KnownHosts read(List<Path> files) throws IOException {
        // stamped before reading: a change during the read leaves a stale stamp, so the next call reads again
        List<Stamp> stamps = stamps(files);
        Cached cached = cache.get(files);
        if (cached != null && cached.stamps().equals(stamps)) return cached.knownHosts();
        KnownHosts knownHosts = KnownHosts.read(files);
        cache.put(List.copyOf(files), new Cached(stamps, knownHosts));
        return knownHosts;
    }

    private static List<Stamp> stamps(List<Path> files) {
        List<Stamp> stamps = new ArrayList<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.add(new Stamp(file, attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
            } catch (IOException absent) {
                stamps.add(new Stamp(file, -1, 0));
            }
        }
        return stamps;
    }
}
