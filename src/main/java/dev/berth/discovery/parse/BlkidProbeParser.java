package dev.berth.discovery.parse;

import dev.berth.observed.DeviceSignatures;
import dev.berth.observed.SignatureState;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code blkid --probe --output export DEVICE}: a low-level probe of the device itself, not
 * the blkid cache. Exit codes (blkid(8)): 0 something found, printed as {@code KEY=VALUE}
 * lines with special characters backslash-escaped ({@code VERSION=LVM2\ 001}); 2 nothing found,
 * no output; 8 ambivalent (several signatures); 4 usage or other error.
 *
 * <p>Exit 2 with no output is also what blkid answers for a device that does not exist (captured
 * in fixtures/blkid), so this parser can only say "blank as far as blkid knows"; the host
 * inventory cross-checks with lsblk before calling a device blank.
 */
public final class BlkidProbeParser {
    static final int EXIT_NOTHING_FOUND = 2;
    static final int EXIT_AMBIVALENT = 8;

    private BlkidProbeParser() {}

    public static Parsed<DeviceSignatures> parse(CommandOutput output) {
        List<String> argv = output.command().argv();
        String device = argv.get(argv.size() - 1);
        int exit = output.exitCode();
        if (exit == EXIT_NOTHING_FOUND && output.stdout().isBlank() && output.stderr().isBlank()) {
            return Parsed.value(new DeviceSignatures(device, SignatureState.BLANK, new TreeMap<>()));
        }
        if (exit != 0 && exit != EXIT_AMBIVALENT) return Parsed.commandFailed(OutputProblem.failed(output));
        TreeMap<String, String> values = new TreeMap<>();
        List<String> lines = output.stdout().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int equals = line.indexOf('=');
            if (equals <= 0) return Parsed.unreadable(OutputProblem.at(output, i + 1, 1, "expected KEY=VALUE"));
            String key = line.substring(0, equals);
            // DEVNAME repeats the device, which the record already names.
            if (!key.equals("DEVNAME")) values.put(key, unescape(line.substring(equals + 1)));
        }
        SignatureState state = exit == EXIT_AMBIVALENT ? SignatureState.AMBIVALENT : SignatureState.SIGNED;
        if (state == SignatureState.SIGNED && values.isEmpty()) {
            return Parsed.unreadable(OutputProblem.at(output, 1, 1, "exit code 0 but no signature printed"));
        }
        return Parsed.value(new DeviceSignatures(device, state, values));
    }

    /** blkid's export form escapes with a backslash: {@code LVM2\ 001} is {@code LVM2 001}. */
    static String unescape(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) c = value.charAt(++i);
            plain.append(c);
        }
        return plain.toString();
    }
}
