package dev.berth.transport.ssh;

import net.schmizz.sshj.common.LoggerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * Where sshj's own log lines go. By default nowhere: sshj logs a refused host key at ERROR and
 * every handshake at INFO, and those lines would land on the CLI's stderr beside the diagnostic
 * that already says what happened and what to do. {@code -Dberth.ssh.log=true} sends them to
 * SLF4J again, for debugging a connection.
 */
final class SshLogging implements LoggerFactory {
    static final LoggerFactory FACTORY = Boolean.getBoolean("berth.ssh.log") ? LoggerFactory.DEFAULT : new SshLogging();

    private SshLogging() {}

    @Override
    public Logger getLogger(String name) { return NOPLogger.NOP_LOGGER; }

    @Override
    public Logger getLogger(Class<?> clazz) { return NOPLogger.NOP_LOGGER; }
}
