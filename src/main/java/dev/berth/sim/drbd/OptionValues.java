package dev.berth.sim.drbd;

import dev.berth.drbd.DrbdOption;
import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Options given to a drbdsetup command, checked against the context's catalogue and stored in
 * the kernel's form; a value equal to the default is not stored, as the kernel only reports
 * what differs. {@code --set-defaults} first resets every option of the context.
 */
final class OptionValues {
    private OptionValues() {}

    /**
     * Applies the options of {@code args} that belong to {@code context} (others in {@code ignored} are
     * the command's own flags); an unknown option or a value drbdsetup would refuse is an error.
     */
    static Optional<CommandResult> apply(String verb, OptionCatalogue context, SetupArguments args, TreeMap<String, String> target,
                                         Set<String> ignored) {
        TreeMap<String, String> result = new TreeMap<>(target);
        if (args.options.containsKey("set-defaults")) result.clear();
        for (Map.Entry<String, String> given : args.options.entrySet()) {
            String name = given.getKey();
            if (name.equals("set-defaults") || ignored.contains(name)) continue;
            Optional<DrbdOption> option = context.option(name);
            if (option.isEmpty()) return Optional.of(KernelAnswers.usage("drbdsetup " + verb + ": unrecognized option '--" + name + "'"));
            String value = given.getValue();
            try {
                String normalized = option.get().normalize(value == null ? "yes" : value);
                if (option.get().isDefault(normalized)) result.remove(name);
                else result.put(name, normalized);
            } catch (IllegalArgumentException invalid) {
                return Optional.of(KernelAnswers.usage("drbdsetup " + verb + ": invalid value for --" + name + ": " + value));
            }
        }
        target.clear();
        target.putAll(result);
        return Optional.empty();
    }
}
