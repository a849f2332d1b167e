package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drbdsetup command line: positional arguments and {@code --option[=value]} words. drbdadm
 * always writes {@code --name=value}; a bare {@code --flag} means yes. Options are kept in order
 * because {@code --set-defaults} must be seen before the values it precedes.
 */
final class SetupArguments {
    final List<String> positional = new ArrayList<>();
    final Map<String, String> options = new LinkedHashMap<>();

    static SetupArguments parse(List<String> words) {
        SetupArguments parsed = new SetupArguments();
        for (String word : words) {
            if (word.startsWith("--") && word.length() > 2) {
                int equals = word.indexOf('=');
                if (equals < 0) parsed.options.put(word.substring(2), null);
                else parsed.options.put(word.substring(2, equals), word.substring(equals + 1));
            } else {
                parsed.positional.add(word);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        if (!options.containsKey(name)) return false;
        String value = options.get(name);
        return value == null || value.equals("yes");
    }

    Optional<String> value(String name) { return Optional.ofNullable(options.get(name)); }

    String positional(int index) { return index < positional.size() ? positional.get(index) : ""; }

    /** A whole number argument, or empty when it is missing or not a number. */
    Optional<Integer> number(int index) {
        try {
            return Optional.of(Integer.parseInt(positional(index)));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
