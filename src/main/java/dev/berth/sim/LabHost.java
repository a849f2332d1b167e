package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated host behind Berth's {@link Host} contract, for discovery and apply. It adds what
 * a network would: the lab's latency (real time, once per command or per batch, spent outside the
 * lab's lock so hosts run in parallel), {@code UNREACHABLE} for a host that is down, {@code TIMEOUT}
 * for a hung command (the virtual clock jumps by the timeout; no real waiting) and
 * {@code CONNECTION_LOST} when a command ran but its answer was lost.
 */
public final class LabHost implements Host {
    private final SimLab lab;
    private final String node;
    private final Duration timeout;

    LabHost(SimLab lab, String node, Duration timeout) {
        this.lab = lab;
        this.node = node;
        this.timeout = timeout;
    }

    @Override
    public String name() { return node; }

    public Duration timeout() { return timeout; }

    @Override
    public CommandResult run(Command command, String stdin) throws HostException {
        reachable();
        pause();
        return answer(lab.host(node).execute(command, stdin, timeout), command);
    }

    /** One latency for the whole batch, one lab transaction, stops at the first command that loses the host. */
    @Override
    public List<CommandResult> runBatch(List<Command> commands) throws HostException {
        reachable();
        pause();
        SimHost host = lab.host(node);
        List<SimHost.Execution> executions = lab.atomically(() -> {
            List<SimHost.Execution> done = new ArrayList<>();
            for (Command command : commands) {
                SimHost.Execution execution = host.execute(command, "", timeout);
                done.add(execution);
                if (execution.outcome() != CommandRecord.Outcome.RAN && execution.outcome() != CommandRecord.Outcome.FAILED_BY_FAULT) break;
            }
            return done;
        });
        List<CommandResult> results = new ArrayList<>();
        for (int i = 0; i < executions.size(); i++) {
            results.add(Answers.inBatch(answer(executions.get(i), commands.get(i)), commands.get(i).program()));
        }
        return results;
    }

    private void reachable() throws HostException {
        if (lab.isDown(node)) throw down();
    }

    private HostException down() {
        return new HostException(HostException.Kind.UNREACHABLE, node, "host " + node + " is down (simulated lab)");
    }

    private CommandResult answer(SimHost.Execution execution, Command command) throws HostException {
        switch (execution.outcome()) {
            case HOST_DOWN:
                throw down();
            case HUNG:
                throw new HostException(HostException.Kind.TIMEOUT, node, "no answer from " + node + " within " + timeout + ": " + command);
            case ANSWER_LOST:
                throw new HostException(HostException.Kind.CONNECTION_LOST, node, "connection to " + node + " lost while running: " + command);
            default:
                return execution.result();
        }
    }

    private void pause() throws HostException {
        Duration latency = lab.latency();
        if (latency.isZero()) return;
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Kind.CONNECTION_LOST, node, "interrupted while waiting for " + node);
        }
    }

    @Override
    public void close() {}
}
