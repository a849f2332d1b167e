package dev.berth.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * getopt-style parsing for the simulated tools: {@code --size 10k}, {@code --size=10k},
 * {@code -L10k}, {@code -L 10k}, clustered short flags ({@code -ay}), {@code --} ending options,
 * repeated options ({@code --addtag a --addtag b}). Options are declared with a canonical key;
 * anything else is refused with the message getopt prints.
 */
public final class Arguments {
    /** A command line the tool would not accept; the message is getopt's. */
    public static final class Invalid extends Exception {
        public Invalid(String message) { super(message, null, false, false); }
    }

    /** The options one program accepts. */
    public static final class Spec {
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, Boolean> takesValue = new HashMap<>();

        public Spec flag(String key, String... names) { return add(key, false, names); }

        public Spec value(String key, String... names) { return add(key, true, names); }

        private Spec add(String key, boolean value, String... names) {
            for (String name : names) keys.put(name, key);
            takesValue.put(key, value);
            return this;
        }
    }

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {}

    public static Arguments parse(List<String> words, Spec spec) throws Invalid {
        Arguments parsed = new Arguments();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                parsed.positional.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (word.startsWith("--")) {
                int equals = word.indexOf('=');
                String name = equals < 0 ? word : word.substring(0, equals);
                String key = spec.keys.get(name);
                if (key == null) throw new Invalid("unrecognized option '" + name + "'");
                if (!spec.takesValue.get(key)) {
                    parsed.add(key, "");
                } else if (equals >= 0) {
                    parsed.add(key, word.substring(equals + 1));
                } else {
                    if (i + 1 >= words.size()) throw new Invalid("option '" + name + "' requires an argument");
                    parsed.add(key, words.get(++i));
                }
            } else if (word.startsWith("-") && word.length() > 1) {
                for (int c = 1; c < word.length(); c++) {
                    String name = "-" + word.charAt(c);
                    String key = spec.keys.get(name);
                    if (key == null) throw new Invalid("invalid option -- '" + word.charAt(c) + "'");
                    if (!spec.takesValue.get(key)) {
                        parsed.add(key, "");
                        continue;
                    }
                    if (c + 1 < word.length()) {
                        parsed.add(key, word.substring(c + 1));
                    } else {
                        if (i + 1 >= words.size()) throw new Invalid("option requires an argument -- '" + word.charAt(c) + "'");
                        parsed.add(key, words.get(++i));
                    }
                    break;
                }
            } else {
                parsed.positional.add(word);
            }
        }
        return parsed;
    }

    private void add(String key, String value) {
        options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    public boolean has(String key) { return options.containsKey(key); }

    /** How often an option was given ({@code -ff} counts twice). */
    public int count(String key) { return options.getOrDefault(key, List.of()).size(); }

    /** The last value given for an option, as getopt-based tools keep. */
    public Optional<String> value(String key) {
        List<String> values = options.get(key);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public List<String> values(String key) { return List.copyOf(options.getOrDefault(key, List.of())); }

    public List<String> positional() { return List.copyOf(positional); }
}
