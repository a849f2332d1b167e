package dev.berth.transport.local;

import dev.berth.model.Command;
import dev.berth.transport.ExecutingHost;
import dev.berth.transport.HostException;
import dev.berth.transport.ProcessOutput;

import java.time.Duration;

/**
 * This machine as a host: every command is a child process started from its argv, with no shell
 * in between, except the batch wrapper, which is itself a {@code sh -c} script. Used for a node
 * that is the machine Berth runs on, and by the tests to run the real wrapper under a real sh.
 */
public final class LocalHost extends ExecutingHost {
    private final Duration commandTimeout;

    public LocalHost(String name, Duration commandTimeout, boolean sudo) {
        super(name, sudo);
        if (commandTimeout.isNegative() || commandTimeout.isZero()) throw new IllegalArgumentException("a command timeout must be positive");
        this.commandTimeout = commandTimeout;
    }

    @Override
    protected ProcessOutput execute(Command command, byte[] stdin) throws HostException {
        return LocalProcess.run(name(), command, stdin, commandTimeout);
    }

    @Override
    protected String user() { return System.getProperty("user.name"); }

    /** Nothing to release: each command's process is gone when its call returns. */
    @Override
    public void close() {}
}
