package dev.berth.discovery.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the value of every {@code shared-secret} statement in DRBD configuration text with
 * {@code "<redacted>"}, so resource files can be kept, compared and printed without the secret.
 * The value is a quoted string (with backslash escapes) or a bare word, as drbd.conf allows.
 * Comments are left alone: Berth's own files say in a comment where the secret comes from
 * ({@code # shared-secret source: env:R0_SECRET}), and that is no secret.
 */
final class SecretRedaction {
    static final String PLACEHOLDER = "\"<redacted>\"";
    private static final Pattern SECRET = Pattern.compile(
            "(?m)^([^#\\n]*?\\bshared-secret\\s+)(\"(?:[^\"\\\\]|\\\\.)*\"|[^;\\s]+)");

    /** The same statement in drbdsetup's JSON: {@code "shared-secret": "value"}. */
    private static final Pattern JSON_SECRET = Pattern.compile("(\"shared-secret\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private SecretRedaction() {}

    static String redact(String text) {
        Matcher m = SECRET.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + PLACEHOLDER));
        m.appendTail(out);
        return out.toString();
    }

    /** Redacts both forms, for a line of tool output quoted in a diagnostic. */
    static String redactLine(String line) {
        return JSON_SECRET.matcher(redact(line)).replaceAll("$1" + Matcher.quoteReplacement(PLACEHOLDER));
    }
}
