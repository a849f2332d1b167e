package dev.berth.model;

import java.util.List;

/**
 * One command as an argument vector. Transports quote it; nothing ever assembles a shell string
 * from spec values, so a name cannot smuggle {@code ;} or {@code $(…)} onto a host.
 */
public record Command(List<String> argv) {

    public Command {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) throw new IllegalArgumentException("a command needs a program");
    }

    public static Command of(String program, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = program;
        System.arraycopy(args, 0, all, 1, args.length);
        return new Command(List.of(all));
    }

    public String program() { return argv.get(0); }

    /** POSIX-shell quoted form, for display and for transports that must pass through a shell. */
    public String shellQuoted() {
        // a loop, not a stream: a large plan predicts 340,000 command lines
        StringBuilder line = new StringBuilder(16 * argv.size());
        for (String word : argv) {
            if (line.length() > 0) line.append(' ');
            line.append(quote(word));
        }
        return line.toString();
    }

    public static String quote(String word) {
        if (isSafe(word)) return word;
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    /** {@code [A-Za-z0-9_@%+=:,./-]+}, without a regex: every predicted command line quotes each of its words. */
    private static boolean isSafe(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_@%+=:,./-".indexOf(c) >= 0;
            if (!safe) return false;
        }
        return true;
    }

    @Override
    public String toString() { return shellQuoted(); }
}
