package dev.berth.observed;

import java.util.SortedMap;

/**
 * One {@code /etc/drbd.d/*.res} file. {@code content} is the file with every
 * {@code shared-secret} value replaced by {@code <redacted>}, the form a plan's host projection
 * keeps; {@code secretDigests} holds, per resource the file defines, the digest of its secret
 * (empty when the file could not be read as DRBD configuration). Only a file whose first line
 * is Berth's header ({@code writtenByBerth}) may be rewritten or removed.
 */
public record ResourceFile(String path, String content, boolean writtenByBerth, SortedMap<String, String> secretDigests) {
    public ResourceFile {
        Copies.noNulls("ResourceFile", path, content, secretDigests);
        secretDigests = Copies.sortedMap(secretDigests);
    }

    /** {@code r0.res}. */
    public String fileName() { return path.substring(path.lastIndexOf('/') + 1); }

    @Override
    public String toString() { return "ResourceFile[" + path + (writtenByBerth ? ", Berth's" : "") + "]"; }
}
