package dev.berth.drbd;

import dev.berth.model.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the DRBD 9 resource file for a {@link ResourceConfig}, in LINSTOR's layout: header,
 * {@code options}, {@code net}, {@code disk}, one {@code on} section per host, one
 * {@code connection} with one {@code path} per pair. Hosts and connections are sorted, so the
 * same model always gives the same bytes, whichever host the file is written for.
 */
public final class ResourceFileWriter {
    /** The first line of every file Berth owns; {@link ResourceFileParser#isWrittenByBerth} looks for it. */
    public static final String HEADER = "# Managed by Berth; do not edit. Changes are overwritten by the next apply.";
    /**
     * Kept under the header of an adopted resource's file, from the adoption on: its metadata was
     * made by another tool with peer slots nobody can read while it runs, so it gets no new
     * diskful replica however long Berth has managed it.
     */
    public static final String ADOPTED_METADATA = "# Adopted: its metadata was made by another tool; its peer slots are unknown.";

    /** {@code text} (a file this writer made) with the {@link #ADOPTED_METADATA} line under its header. */
    public static String withAdoptedMetadata(String text) {
        if (!text.startsWith(HEADER + "\n") || hasAdoptedMetadata(text)) return text;
        return HEADER + "\n" + ADOPTED_METADATA + text.substring(HEADER.length());
    }

    public static boolean hasAdoptedMetadata(String content) {
        return content.startsWith(HEADER + "\n" + ADOPTED_METADATA + "\n");
    }

    /**
     * Kept under the header of a resource whose metadata Berth created: the peer slots it was made
     * with ({@code create-md --max-peers}). A running DRBD shows them nowhere, and the group's
     * {@code maxPeers} may have changed since, so later plans read them here.
     */
    public static final String PEER_SLOTS = "# Peer slots of its metadata: ";

    /** {@code text} (a file this writer made) with the {@link #PEER_SLOTS} line under its header. */
    public static String withPeerSlots(String text, int slots) {
        if (!text.startsWith(HEADER + "\n") || hasAdoptedMetadata(text) || peerSlots(text).isPresent()) return text;
        return HEADER + "\n" + PEER_SLOTS + slots + text.substring(HEADER.length());
    }

    /** The peer slots a Berth file records, if it records them (files written before it did, and adopted ones, do not). */
    public static java.util.OptionalInt peerSlots(String content) {
        String prefix = HEADER + "\n" + PEER_SLOTS;
        if (!content.startsWith(prefix)) return java.util.OptionalInt.empty();
        int end = content.indexOf('\n', prefix.length());
        try {
            int slots = Integer.parseInt(content.substring(prefix.length(), end < 0 ? content.length() : end));
            return slots >= 1 && slots <= 31 ? java.util.OptionalInt.of(slots) : java.util.OptionalInt.empty();
        } catch (NumberFormatException edited) {
            return java.util.OptionalInt.empty();
        }
    }
    /** The comment before the secret line that records where the value came from, for re-reading. */
    static final String SECRET_SOURCE_COMMENT = "# shared-secret source: ";

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:+@,=-]+");
    private static final String INDENT = "    ";

    private ResourceFileWriter() {}

    /** The file to put on a host: the real secret value, resolved at apply time, goes in here only. */
    public static String write(ResourceConfig resource, Secret sharedSecret) {
        SecretReference reference = resource.sharedSecret().orElseThrow(
                () -> new IllegalArgumentException(resource.name() + " has no shared secret, yet a value was given"));
        if (!reference.source().equals(sharedSecret.source())) {
            throw new IllegalArgumentException(resource.name() + " expects the secret from " + reference.source()
                    + " but was given one from " + sharedSecret.source());
        }
        String value = sharedSecret.reveal();
        // A line break or control character in the value would end the quoted word early.
        if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("the shared secret from " + reference.source() + " is empty or has control characters");
        }
        return render(resource, Optional.of(value));
    }

    /**
     * The file for display, plans and projections: the secret, if any, is a placeholder naming its
     * source. For a resource without a secret this is the exact file written on hosts.
     */
    public static String writeRedacted(ResourceConfig resource) {
        return render(resource, resource.sharedSecret().map(SecretReference::redactedPlaceholder));
    }

    private static String render(ResourceConfig resource, Optional<String> secretValue) {
        var out = new StringBuilder();
        out.append(HEADER).append("\n\n");
        out.append("resource ").append(quoteAlways(resource.name())).append(" {\n");
        section(out, "options", resource.options(), Optional.empty(), Optional.empty());
        section(out, "net", resource.net(), resource.sharedSecret().map(SecretReference::source), secretValue);
        section(out, "disk", resource.disk(), Optional.empty(), Optional.empty());
        for (HostConfig host : resource.hosts()) hostSection(out, host);
        for (Connection connection : resource.connections()) connectionSection(out, connection);
        out.append("}\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String name, Map<String, String> options,
                                Optional<String> secretSource, Optional<String> secretValue) {
        out.append(INDENT).append(name).append(" {\n");
        var entries = new TreeMap<>(options);
        // The secret sits at its sorted place among the net options: drbdadm passes net options
        // on in reverse file order, and the verb expansion relies on one known order.
        secretValue.ifPresent(value -> entries.put("shared-secret", value));
        entries.forEach((key, value) -> {
            if (key.equals("shared-secret")) {
                out.append(INDENT).append(INDENT).append(SECRET_SOURCE_COMMENT).append(secretSource.orElseThrow()).append('\n');
            }
            out.append(INDENT).append(INDENT).append(key).append(' ').append(quote(value)).append(";\n");
        });
        out.append(INDENT).append("}\n");
    }

    private static void hostSection(StringBuilder out, HostConfig host) {
        out.append(INDENT).append("on ").append(quoteAlways(host.hostname())).append(" {\n");
        for (VolumeConfig volume : host.volumes()) {
            String pad = INDENT + INDENT + INDENT;
            out.append(INDENT).append(INDENT).append("volume ").append(volume.number()).append(" {\n");
            out.append(pad).append("disk ").append(volume.backingDisk().map(ResourceFileWriter::quote).orElse("none")).append(";\n");
            out.append(pad).append("meta-disk internal;\n");
            out.append(pad).append("device minor ").append(volume.minor()).append(";\n");
            out.append(INDENT).append(INDENT).append("}\n");
        }
        out.append(INDENT).append(INDENT).append("node-id ").append(host.nodeId()).append(";\n");
        out.append(INDENT).append("}\n");
    }

    private static void connectionSection(StringBuilder out, Connection connection) {
        out.append(INDENT).append("connection {\n");
        out.append(INDENT).append(INDENT).append("path {\n");
        for (Endpoint endpoint : new Endpoint[] {connection.first(), connection.second()}) {
            out.append(INDENT).append(INDENT).append(INDENT).append("host ").append(quoteAlways(endpoint.hostname()))
                    .append(" address ").append(endpoint.fileForm()).append(";\n");
        }
        out.append(INDENT).append(INDENT).append("}\n");
        out.append(INDENT).append("}\n");
    }

    /** A word as drbdadm's scanner reads it: plain when safe, else quoted with {@code \"} and {@code \\} escaped; public because apply fills secret placeholders in with it. */
    public static String quote(String word) {
        return PLAIN_WORD.matcher(word).matches() ? word : quoteAlways(word);
    }

    static String quoteAlways(String word) {
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
