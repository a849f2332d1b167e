package dev.berth.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifiers that look like the real ones but come from the host's name and a counter in its
 * state, so a scenario replayed on a fresh lab gives the same uuids every time and tests can
 * compare whole outputs.
 */
final class Uuids {
    private static final String LVM_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Uuids() {}

    /** LVM's form: 32 characters from [0-9A-Za-z] grouped 6-4-4-4-4-4-6. */
    static String lvm(String node, long counter) {
        byte[] hash = hash(node, counter);
        StringBuilder text = new StringBuilder();
        int[] groups = {6, 4, 4, 4, 4, 4, 6};
        int index = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g > 0) text.append('-');
            for (int i = 0; i < groups[g]; i++) text.append(LVM_ALPHABET.charAt((hash[index++] & 0xff) % LVM_ALPHABET.length()));
        }
        return text.toString();
    }

    /** The RFC 4122 form of file systems and most tools. */
    static String standard(String node, long counter) {
        String hex = HexFormat.of().formatHex(hash(node, counter), 0, 16);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + "-a" + hex.substring(17, 20) + "-" + hex.substring(20, 32);
    }

    /** ZFS guids: unsigned 64-bit numbers printed in decimal. */
    static String number(String node, long counter) {
        byte[] hash = hash(node, counter);
        long value = 0;
        for (int i = 0; i < 8; i++) value = (value << 8) | (hash[i] & 0xff);
        return Long.toUnsignedString(value);
    }

    private static byte[] hash(String node, long counter) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((node + "/" + counter).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
