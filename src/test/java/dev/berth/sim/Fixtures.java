package dev.berth.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbatim outputs of the real tools (src/test/resources/fixtures), and a way to compare them
 * with the lab's when only identifiers differ: every uuid is renamed by order of first appearance
 * ({@code <uuid-1>}, ...), so the comparison still checks which rows share an identity.
 */
final class Fixtures {
    private static final Pattern LVM_UUID = Pattern.compile("[A-Za-z0-9]{6}(-[A-Za-z0-9]{4}){5}-[A-Za-z0-9]{6}");

    private Fixtures() {}

    /** A fixture's bytes; an absent file reads as empty (the fixtures omit empty stderr files). */
    static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String path) {
        return Fixtures.class.getResource("/fixtures/" + path) != null;
    }

    /** Renames uuids consistently within one side of a comparison. */
    static final class UuidNames {
        private final Map<String, String> names = new LinkedHashMap<>();

        String apply(String text) {
            Matcher matcher = LVM_UUID.matcher(text);
            StringBuilder result = new StringBuilder();
            while (matcher.find()) {
                String name = names.computeIfAbsent(matcher.group(), uuid -> "<uuid-" + (names.size() + 1) + ">");
                matcher.appendReplacement(result, Matcher.quoteReplacement(name));
            }
            return matcher.appendTail(result).toString();
        }
    }
}
