package dev.berth.transport.ssh;

import java.util.List;
import java.util.Locale;

/**
 * ssh_config's host patterns: {@code *} and {@code ?} wildcards, and {@code !} to exclude. A
 * block applies when some plain pattern matches and no negated one does, so
 * {@code Host *.lab !db.lab} covers every lab host but the database. Host names compare without
 * case, as ssh lower-cases the name it was given.
 */
final class HostPatterns {
    private HostPatterns() {}

    static boolean matches(List<String> patterns, String host) {
        String name = host.toLowerCase(Locale.ROOT);
        boolean matched = false;
        for (String pattern : patterns) {
            for (String single : pattern.split(",")) {
                boolean negated = single.startsWith("!");
                String glob = (negated ? single.substring(1) : single).toLowerCase(Locale.ROOT);
                if (!glob(glob, 0, name, 0)) continue;
                if (negated) return false;
                matched = true;
            }
        }
        return matched;
    }

    /** Plain recursive glob: patterns are a few characters, host names a few dozen. */
    static boolean glob(String pattern, int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = t; rest <= text.length(); rest++) {
                    if (glob(pattern, p + 1, text, rest)) return true;
                }
                return false;
            }
            if (t >= text.length() || (c != '?' && c != text.charAt(t))) return false;
            p++;
            t++;
        }
        return t == text.length();
    }
}
