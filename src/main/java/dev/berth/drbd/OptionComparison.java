package dev.berth.drbd;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * drbdadm adjust's {@code opts_equal}: the file's options and the kernel's are the same when
 * every option the kernel reports equals the file's value, or is at its default when the file
 * does not name it, and every option only the file names is at its default. Values compare by
 * meaning ({@link DrbdOption#sameValue}), so {@code 100M} equals the kernel's {@code 102400k}.
 */
final class OptionComparison {
    private OptionComparison() {}

    static boolean equal(OptionCatalogue context, Map<String, String> file, Map<String, String> kernel, Set<String> skipped) {
        Set<String> mentioned = new HashSet<>();
        for (Map.Entry<String, String> running : kernel.entrySet()) {
            if (skipped.contains(running.getKey())) continue;
            String configured = file.get(running.getKey());
            if (configured != null) {
                if (!same(context, running.getKey(), running.getValue(), configured)) return false;
                mentioned.add(running.getKey());
            } else if (!isDefault(context, running.getKey(), running.getValue())) {
                return false;
            }
        }
        for (Map.Entry<String, String> configured : file.entrySet()) {
            if (skipped.contains(configured.getKey()) || mentioned.contains(configured.getKey())) continue;
            if (!isDefault(context, configured.getKey(), configured.getValue())) return false;
        }
        return true;
    }

    /** {@code opt_equal}: one option, absent on a side meaning its default. */
    static boolean equal(OptionCatalogue context, String name, Map<String, String> file, Map<String, String> kernel) {
        String configured = file.get(name);
        String running = kernel.get(name);
        if (configured != null && running != null) return same(context, name, configured, running);
        if (configured != null) return isDefault(context, name, configured);
        if (running != null) return isDefault(context, name, running);
        return true;
    }

    // A value drbd-utils could not parse never reaches the kernel; comparing it as text keeps the diff going.
    private static boolean same(OptionCatalogue context, String name, String a, String b) {
        Optional<DrbdOption> option = context.option(name);
        try {
            return option.isPresent() ? option.get().sameValue(a, b) : a.equals(b);
        } catch (IllegalArgumentException unreadable) {
            return a.equals(b);
        }
    }

    private static boolean isDefault(OptionCatalogue context, String name, String value) {
        try {
            return context.option(name).map(o -> o.isDefault(value)).orElse(false);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
