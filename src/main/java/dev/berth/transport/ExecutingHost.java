package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A host whose every operation goes through one primitive, "run this argv with these stdin bytes
 * and give me the raw output". Local and SSH hosts differ only in that primitive; sudo, the
 * batch wrapper and its decoding live here once, so both transports behave alike.
 */
public abstract class ExecutingHost implements Host {
    private final String name;
    private final boolean sudo;

    protected ExecutingHost(String name, boolean sudo) {
        this.name = name;
        this.sudo = sudo;
    }

    /** Runs one argv exactly as given (sudo is already in it when asked for). */
    protected abstract ProcessOutput execute(Command command, byte[] stdin) throws HostException;

    /** The user whose sudo rights matter, for the NOPASSWD hint. */
    protected abstract String user();

    @Override
    public String name() { return name; }

    /** A command for messages: long arguments (the batch script, file contents) cut short. */
    public static String brief(Command command) {
        return command.argv().stream()
                .map(argument -> argument.length() > 40 ? argument.substring(0, 37).replace('\n', ' ') + "..." : argument)
                .map(Command::quote)
                .collect(Collectors.joining(" "));
    }

    @Override
    public CommandResult run(Command command, String stdin) throws HostException {
        ProcessOutput output = execute(sudo ? Sudo.wrap(command) : command, stdin.getBytes(StandardCharsets.UTF_8));
        return (sudo ? Sudo.check(name, user(), output) : output).toResult();
    }

    @Override
    public List<CommandResult> runBatch(List<Command> commands) throws HostException {
        if (commands.isEmpty()) return List.of();
        // One sudo for the whole wrapper: every command inside runs as root, as run() would.
        Command wrapper = sudo ? Sudo.wrap(BatchWrapper.command()) : BatchWrapper.command();
        ProcessOutput output = execute(wrapper, BatchWrapper.encodeRequest(commands));
        if (sudo) Sudo.check(name, user(), output);
        return BatchResponse.decode(name, commands.size(), output);
    }
}
