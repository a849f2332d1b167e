package dev.berth.plan.codec;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for the secrets contract (design.md): a plan names a shared secret
 * only by a placeholder ({@code <redacted:SOURCE>} in files Berth writes, {@code <redacted>} in
 * what discovery read back), and apply fills the value in on the host. Any other value after
 * {@code shared-secret} — in a resource file, a drbdsetup argument or a JSON projection — is a
 * leaked secret, and a plan holding one is neither saved nor loaded.
 */
final class SecretGuard {
    /**
     * {@code shared-secret "v";}, {@code --shared-secret=v}, {@code "shared-secret": "v"}; not the
     * writer's {@code # shared-secret source: env:X} comment, which names where the value lives.
     * The quotes may be escaped: a host projection holds a resource file as a JSON string.
     */
    private static final Pattern SECRET = Pattern.compile("shared-secret(?:\\\\?\")?(?!\\s+source:)(?:\\s*[:=]\\s*|\\s+)\\\\?['\"]?([^'\"\\s;,}\\\\]*)");
    private static final Pattern PLACEHOLDER = Pattern.compile("<redacted(?::[^<>]+)?>");
    /** Sentences for people may mention the option by name ("shared-secret needs drbd-utils 9.x"): not data. */
    private static final Set<String> PROSE = Set.of("reason", "summary", "message", "hint", "detail");

    private SecretGuard() {}

    /** JSON pointers of the strings in a plan tree that hold a secret value instead of its placeholder. */
    static List<String> leaks(JsonNode tree) { return leaks(tree, ""); }

    /** The same for a part of a plan that sits at {@code pointer}. */
    static List<String> leaks(JsonNode part, String pointer) {
        List<String> found = new ArrayList<>();
        walk(part, pointer, found);
        return found;
    }

    static boolean holdsSecret(String text) {
        if (!text.contains("shared-secret")) return false;
        Matcher match = SECRET.matcher(text);
        while (match.find()) {
            if (!PLACEHOLDER.matcher(match.group(1)).matches()) return true;
        }
        return false;
    }

    private static void walk(JsonNode node, String pointer, List<String> found) {
        if (node.isString()) {
            if (holdsSecret(node.asString())) found.add(pointer);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String child = pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
                if (entry.getValue().isString() && PROSE.contains(entry.getKey())) continue;
                // an attribute named after the option (before/after maps): its value must be the placeholder itself
                if (entry.getValue().isString() && entry.getKey().contains("shared-secret")
                        && !PLACEHOLDER.matcher(entry.getValue().asString()).matches()) {
                    found.add(child);
                    continue;
                }
                walk(entry.getValue(), child, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), pointer + "/" + i, found);
        }
    }
}
