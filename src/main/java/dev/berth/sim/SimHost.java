package dev.berth.sim;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.CommandRunner;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One simulated host. As a {@link CommandRunner} it answers argvs like the real machine (the test
 * SSH server can sit on it); tools reach the host's state through the same object. A SimHost is a
 * handle: its state is in the lab folder and each call runs inside the lab's transaction (joining
 * the one in progress), so handles can be kept and shared freely.
 */
public final class SimHost implements CommandRunner {
    private final SimLab lab;
    private final String node;

    SimHost(SimLab lab, String node) {
        this.lab = lab;
        this.node = node;
    }

    public String node() { return node; }

    public SimLab lab() { return lab; }

    public String hostname() { return state(s -> s.hostname); }

    public String address() { return state(s -> s.address); }

    public ToolVersions versions() { return state(s -> s.versions); }

    /** False for a host like the fixture machine: LVM runs with {@code activation = 0}. */
    public boolean deviceMapper() { return state(s -> s.deviceMapper); }

    public boolean isDown() { return state(s -> s.down); }

    public LabClock clock() { return lab.clock(); }

    public HostFiles files() { return new HostFiles(lab.hostRoot(node)); }

    /** A file as {@code cat} sees it: a tool's virtual file ({@code /proc/drbd}) or the mirrored file. */
    public Optional<String> readFile(String path) {
        for (SimTool tool : lab.tools().all()) {
            Optional<String> provided = tool.virtualFile(this, path);
            if (provided.isPresent()) return provided;
        }
        return files().read(path);
    }

    /**
     * A tool's state on this host, decoded once per transaction; changes are saved when the
     * transaction ends. Only inside a command or {@link SimLab#atomically}: an object handed out
     * by a transaction that has already ended would take changes that are never saved.
     */
    public <T> T extension(String key, Class<T> type, Supplier<T> empty) {
        if (!lab.inTransaction()) {
            throw new IllegalStateException("SimHost.extension(\"" + key + "\") outside a lab transaction: use it inside a command or SimLab.atomically");
        }
        return lab.transaction(tx -> tx.extension(node, key, type, empty));
    }

    /** The next deterministic identifier of this host, in LVM's form. */
    public String newLvmUuid() { return Uuids.lvm(node, nextCounter()); }

    /** The next deterministic identifier of this host, in the RFC 4122 form. */
    public String newUuid() { return Uuids.standard(node, nextCounter()); }

    /** The next deterministic 64-bit identifier (ZFS guids). */
    public String newGuid() { return Uuids.number(node, nextCounter()); }

    public Devices devices() { return new Devices(this); }

    @Override
    public CommandResult run(Command command, String stdin) {
        Execution execution = execute(command, stdin, lab.commandTimeout());
        return execution.result();
    }

    /** What happened to one command, for the {@link LabHost} adapter to turn into a result or an exception. */
    record Execution(CommandResult result, CommandRecord.Outcome outcome) {}

    Execution execute(Command command, String stdin, Duration timeout) {
        return lab.transaction(tx -> {
            HostState state = tx.state(node);
            String line = String.join(" ", command.argv());
            CommandRecord.Outcome outcome;
            CommandResult result;
            Optional<Fault.Mode> fault = state.down ? Optional.empty() : FaultMatcher.hit(state, line);
            if (state.down) {
                outcome = CommandRecord.Outcome.HOST_DOWN;
                result = CommandResult.failed(255, "ssh: connect to host " + state.address + " port 22: No route to host\n");
            } else if (fault.isPresent() && fault.get() == Fault.Mode.FAIL) {
                outcome = CommandRecord.Outcome.FAILED_BY_FAULT;
                result = CommandResult.failed(1, "berth-lab: injected fault\n");
            } else if (fault.isPresent() && fault.get() == Fault.Mode.HANG) {
                outcome = CommandRecord.Outcome.HUNG;
                tx.settings().clock = tx.settings().clock.plus(timeout);
                result = CommandResult.failed(124, "berth-lab: injected hang: no answer within " + timeout + "\n");
            } else {
                result = dispatch(command, stdin);
                outcome = fault.isPresent() ? CommandRecord.Outcome.ANSWER_LOST : CommandRecord.Outcome.RAN;
            }
            lab.record(new CommandRecord(node, tx.settings().clock, command, result, outcome));
            return new Execution(result, outcome);
        });
    }

    private CommandResult dispatch(Command command, String stdin) {
        String program = command.program().substring(command.program().lastIndexOf('/') + 1);
        return lab.tools().forProgram(program)
                .map(tool -> tool.run(this, command, stdin))
                .orElseGet(() -> Answers.notFound(program));
    }

    private long nextCounter() {
        return lab.transaction(tx -> ++tx.state(node).uuidCounter);
    }

    <T> T state(java.util.function.Function<HostState, T> read) {
        return lab.transaction(tx -> read.apply(tx.state(node)));
    }

    @Override
    public String toString() { return "SimHost[" + node + "]"; }
}
