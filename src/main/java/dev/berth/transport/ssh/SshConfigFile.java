package dev.berth.transport.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of {@code ~/.ssh/config} that Berth honours: {@code Host} blocks and the keywords
 * {@code HostName}, {@code User}, {@code Port} and {@code IdentityFile}. As in ssh_config(5) the
 * first value found for a keyword wins, so specific blocks go first and {@code Host *} last;
 * {@code IdentityFile} is the exception and accumulates. {@code Match}, {@code Include} and
 * {@code ProxyJump} are not supported: a {@code Match} block is skipped, never half-applied.
 */
public final class SshConfigFile {
    /** One keyword line, lower-cased keyword, first argument with its quotes removed. */
    record Setting(String keyword, String value) {}

    /** Lines before the first Host apply to every host; a Match block applies to none. */
    private record Block(List<String> patterns, boolean matchBlock, List<Setting> settings) {
        boolean appliesTo(String host) {
            return !matchBlock && HostPatterns.matches(patterns, host);
        }
    }

    /** The values that applied to one host, tokens not yet expanded. */
    public record Match(Optional<String> hostName, Optional<String> user, Optional<Integer> port, List<String> identityFiles) {}

    private final List<Block> blocks;

    private SshConfigFile(List<Block> blocks) { this.blocks = List.copyOf(blocks); }

    public static SshConfigFile empty() { return new SshConfigFile(List.of()); }

    /** The file, or an empty configuration when it does not exist. */
    public static SshConfigFile read(Path file) {
        if (!Files.isRegularFile(file)) return empty();
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static SshConfigFile parse(String text) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block(List.of("*"), false, new ArrayList<>());
        blocks.add(current);
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            // "Keyword value", "Keyword=value" and "Keyword = value" are all allowed
            String[] parts = line.split("\\s*=\\s*|\\s+", 2);
            String keyword = parts[0].toLowerCase(Locale.ROOT);
            List<String> arguments = parts.length > 1 ? arguments(parts[1]) : List.of();
            if (keyword.equals("host") || keyword.equals("match")) {
                current = new Block(arguments, keyword.equals("match"), new ArrayList<>());
                blocks.add(current);
            } else if (!arguments.isEmpty()) {
                current.settings().add(new Setting(keyword, arguments.get(0)));
            }
        }
        return new SshConfigFile(blocks);
    }

    /** What applies to {@code host} (the name as given, before any HostName). */
    public Match lookup(String host) {
        String hostName = null;
        String user = null;
        Integer port = null;
        List<String> identityFiles = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.appliesTo(host)) continue;
            for (Setting setting : block.settings()) {
                switch (setting.keyword()) {
                    case "hostname" -> hostName = hostName == null ? setting.value() : hostName;
                    case "user" -> user = user == null ? setting.value() : user;
                    case "port" -> port = port == null ? parsePort(setting.value()) : port;
                    case "identityfile" -> identityFiles.add(setting.value());
                    default -> { /* keywords Berth does not use */ }
                }
            }
        }
        return new Match(Optional.ofNullable(hostName), Optional.ofNullable(user), Optional.ofNullable(port), identityFiles);
    }

    private static Integer parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException ignored) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("~/.ssh/config has Port " + value + ", which is not a port number");
    }

    /** Whitespace-separated words; double quotes keep spaces together, as in ssh_config. */
    static List<String> arguments(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }
}
