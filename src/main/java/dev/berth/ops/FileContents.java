package dev.berth.ops;

import java.util.regex.Pattern;

/** Compares resource files as Berth wrote them with what discovery read back, where secrets are redacted differently. */
public final class FileContents {
    private static final Pattern SECRET = Pattern.compile("(shared-secret\\s+)\"[^\"]*\"");

    private FileContents() {}

    public static boolean sameIgnoringSecrets(String observed, String planned) {
        return normalise(observed).equals(normalise(planned));
    }

    static String normalise(String text) { return SECRET.matcher(text).replaceAll("$1\"*\""); }
}
