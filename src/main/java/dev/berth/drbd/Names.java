package dev.berth.drbd;

import java.util.regex.Pattern;

/**
 * The shapes of names that may appear in a resource file. They are checked once, here, so that
 * the writer can never emit a file whose quoting or syntax a name could break.
 */
final class Names {
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9-]*");
    // A backing device path: absolute, no whitespace, quotes, braces or ';' (they would end a word).
    private static final Pattern DEVICE_PATH = Pattern.compile("/[A-Za-z0-9_.+:@=,/-]*");

    private Names() {}

    static String requireResourceName(String name) {
        if (name == null || !isResourceName(name)) {
            throw new IllegalArgumentException("not a valid DRBD resource name: " + name);
        }
        return name;
    }

    static String requireHostname(String name) {
        if (name == null || !isHostname(name)) {
            throw new IllegalArgumentException("not a valid host name (uname -n): " + name);
        }
        return name;
    }

    /**
     * {@code [A-Za-z0-9_][A-Za-z0-9_.+-]{0,47}}, by hand (every drbdadm verb the planner predicts
     * checks its resource name again). drbdadm refuses names outside this set in practice; a small
     * set also keeps device paths, LV names and command lines free of quoting surprises.
     */
    static boolean isResourceName(String name) {
        if (name.isEmpty() || name.length() > 48 || !wordChar(name.charAt(0))) return false;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!wordChar(c) && c != '.' && c != '+' && c != '-') return false;
        }
        return true;
    }

    /** {@code uname -n}: {@code [A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?}, DNS labels joined by dots (underscore seen on real hosts). */
    static boolean isHostname(String name) {
        int length = name.length();
        if (length == 0 || length > 253 || !wordChar(name.charAt(0)) || !wordChar(name.charAt(length - 1))) return false;
        for (int i = 1; i < length - 1; i++) {
            char c = name.charAt(i);
            if (!wordChar(c) && c != '.' && c != '-') return false;
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    static String requireOptionName(String name) {
        if (name == null || !OPTION.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid DRBD option name: " + name);
        }
        return name;
    }

    static String requireOptionValue(String name, String value) {
        if (value == null || value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("option " + name + " needs a printable, non-empty value");
        }
        return value;
    }

    static String requireDevicePath(String path) {
        if (path == null || !DEVICE_PATH.matcher(path).matches() || path.equals("/")) {
            throw new IllegalArgumentException("not a usable device path: " + path);
        }
        return path;
    }
}
