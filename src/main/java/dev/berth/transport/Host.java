package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;

import java.util.List;
import java.util.Optional;

/**
 * One host, as every transport presents it. A command that ran returns its result whatever its
 * exit code; a host that cannot be reached, refuses us, times out or drops the connection throws
 * {@link HostException}. Implementations are safe to use from one thread at a time.
 */
public interface Host extends AutoCloseable {
    /** The node name this host stands for. */
    String name();

    /** Runs one command with empty standard input. */
    default CommandResult run(Command command) throws HostException { return run(command, ""); }

    /** Runs one command, feeding {@code stdin} to it. */
    CommandResult run(Command command, String stdin) throws HostException;

    /**
     * Runs read-only commands in one round trip, results in the same order. A failing command does
     * not stop the others; only losing the host does.
     */
    List<CommandResult> runBatch(List<Command> commands) throws HostException;

    /**
     * The SHA256 fingerprint (as OpenSSH prints it) of the host key this connection verified, for
     * transports that have one: a saved plan pins it, and apply refuses a host whose key differs.
     */
    default Optional<String> hostKeyFingerprint() { return Optional.empty(); }

    /** A file's content, or empty when it does not exist. */
    default Optional<String> readFile(String path) throws HostException {
        CommandResult result = run(FileCommands.read(path));
        if (result.succeeded()) return Optional.of(result.stdout());
        if (FileCommands.isMissing(result)) return Optional.empty();
        throw new HostException(HostException.Kind.COMMAND_FAILED, name(), "cannot read " + path + ": " + result.firstErrorLine());
    }

    /** Writes a file atomically: temporary file in the same folder, fsync, rename. */
    default void writeFile(String path, String content, String octalMode) throws HostException {
        CommandResult result = run(FileCommands.atomicWrite(path, octalMode), content);
        if (!result.succeeded()) {
            throw new HostException(HostException.Kind.COMMAND_FAILED, name(), "cannot write " + path + ": " + result.firstErrorLine());
        }
    }

    @Override
    void close();
}
