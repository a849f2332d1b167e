package dev.berth.ops;

import dev.berth.model.Command;

/**
 * One command of a step with what it reads on standard input (a resource file's text, with any
 * shared secret as a {@code <redacted:SOURCE>} placeholder that apply fills in at run time).
 */
public record HostCommand(Command command, String stdin) {
    public HostCommand {
        if (command == null || stdin == null) throw new IllegalArgumentException("a host command has a command and stdin");
    }

    public static HostCommand of(String program, String... args) { return new HostCommand(Command.of(program, args), ""); }

    public HostCommand withStdin(String input) { return new HostCommand(command, input); }

    @Override
    public String toString() { return command.shellQuoted() + (stdin.isEmpty() ? "" : " < (" + stdin.lines().count() + " lines)"); }
}
