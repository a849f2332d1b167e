package dev.berth.drbd;

import java.util.regex.Pattern;

/**
 * The shapes of names that may appear in a resource file. They are checked once, here, so that
 * the writer can never emit a file whose quoting or syntax a name could break.
 */
final class Names {
    // drbdadm refuses resource names with characters outside this set in practice; keeping the
    // set small also keeps device paths, LV names and command lines free of quoting surprises.
    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,47}");
    // uname -n: DNS labels joined with dots (underscore tolerated, seen on real hosts).
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9_])?");
    private static final Pattern OPTION = Pattern.compile("[a-z][a-z0-9-]*");
    // A backing device path: absolute, no whitespace, quotes, braces or ';' (they would end a word).
    private static final Pattern DEVICE_PATH = Pattern.compile("/[A-Za-z0-9_.+:@=,/-]*");

    private Names() {}

    static String requireResourceName(String name) {
        if (name == null || !RESOURCE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid DRBD resource name: " + name);
        }
        return name;
    }

    static String requireHostname(String name) {
        if (name == null || !HOSTNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid host name (uname -n): " + name);
        }
        return name;
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
