package dev.berth.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A simulated lab: a set of hosts that answer Berth's commands like real storage servers, kept in
 * a folder so that it outlives the process (the CLI's {@code --lab}, two processes on one lab).
 * Files of a host are real files under {@code <lab>/<node>/}; everything else is in
 * {@code <lab>/<node>/.sim/state.json} and {@code <lab>/.sim/lab.json}.
 */
public final class SimLab {
    private final LabStore store;
    private final ToolRegistry tools;
    private final List<CommandRecord> history = Collections.synchronizedList(new ArrayList<>());

    private SimLab(Path dir, ToolRegistry tools) {
        this.store = new LabStore(dir);
        this.tools = tools;
    }

    public static SimLab create(Path dir, List<LabNode> nodes) {
        return create(dir, nodes, LabOptions.defaults());
    }

    public static SimLab create(Path dir, List<LabNode> nodes, LabOptions options) {
        if (new HashSet<>(nodes.stream().map(LabNode::name).toList()).size() != nodes.size()) {
            throw new IllegalArgumentException("node names must be distinct");
        }
        if (exists(dir)) throw new LabException(dir + " already holds a lab; open it, or remove the folder first");
        SimLab lab = new SimLab(dir, StandardTools.registry());
        LabStore.DirectoryLock lock = lab.store.lock();
        lock.acquire();
        try {
            for (LabNode node : nodes) {
                LabStore.writeAtomically(lab.store.stateFile(node.name()), HostStateCodec.encode(HostState.fresh(node, options)));
                InitialFiles.write(new HostFiles(lab.store.hostRoot(node.name())));
            }
            // lab.json last: a folder without it is not a lab, so a failed create leaves nothing half-usable
            LabStore.writeAtomically(lab.store.settingsFile(), LabSettings.of(nodes, options).encode());
        } finally {
            lock.release();
        }
        return lab;
    }

    public static SimLab open(Path dir) {
        return open(dir, StandardTools.registry());
    }

    /** Opens a lab with another tool set, e.g. a test's extra tool on top of {@link StandardTools}. */
    public static SimLab open(Path dir, ToolRegistry tools) {
        SimLab lab = new SimLab(dir, tools);
        lab.transaction(LabTransaction::settings);
        return lab;
    }

    public static boolean exists(Path dir) {
        return Files.exists(new LabStore(dir).settingsFile());
    }

    public Path directory() { return store.dir; }

    /**
     * Adds a host to a lab that exists already (the real-host DRBD stand-in registers each host
     * at its first call); a node that is there already is left as it is.
     */
    public void join(LabNode node, LabOptions options) {
        transaction(tx -> {
            if (tx.settings().nodes.contains(node.name())) return null;
            LabStore.writeAtomically(store.stateFile(node.name()), HostStateCodec.encode(HostState.fresh(node, options)));
            tx.settings().nodes.add(node.name());
            return null;
        });
    }

    /** Gives a host another address (the stand-in learns a host's address from its DRBD paths). */
    public void moveTo(String node, String address) { transaction(tx -> tx.state(node).address = address); }

    public List<String> nodes() { return transaction(tx -> List.copyOf(tx.settings().nodes)); }

    public ToolRegistry tools() { return tools; }

    /** A host as a {@link dev.berth.transport.CommandRunner}; tools also reach its state through it. */
    public SimHost host(String node) {
        transaction(tx -> tx.state(node));
        return new SimHost(this, node);
    }

    /** The host whose {@code uname -n} is {@code hostname}, as DRBD finds its peers. */
    public Optional<SimHost> hostNamed(String hostname) {
        return transaction(tx -> tx.settings().nodes.stream().filter(n -> tx.state(n).hostname.equals(hostname)).findFirst())
                .map(node -> new SimHost(this, node));
    }

    /** The host that owns {@code address}. */
    public Optional<SimHost> hostAt(String address) {
        return transaction(tx -> tx.settings().nodes.stream().filter(n -> tx.state(n).address.equals(address)).findFirst())
                .map(node -> new SimHost(this, node));
    }

    /** A host as a {@link dev.berth.transport.Host}, with the lab's default command timeout. */
    public LabHost connect(String node) { return connect(node, commandTimeout()); }

    public LabHost connect(String node, Duration timeout) {
        host(node);
        return new LabHost(this, node, timeout);
    }

    public LabClock clock() { return new LabClock(this); }

    public Duration latency() { return transaction(tx -> tx.settings().latency); }

    public void setLatency(Duration latency) {
        if (latency.isNegative()) throw new IllegalArgumentException("latency cannot be negative");
        transaction(tx -> tx.settings().latency = latency);
    }

    public Duration commandTimeout() { return transaction(tx -> tx.settings().commandTimeout); }

    /** Bytes per second of virtual time that a DRBD resync moves. */
    public long syncRate() { return transaction(tx -> tx.settings().syncRate); }

    public void setSyncRate(long bytesPerSecond) {
        if (bytesPerSecond < 1) throw new IllegalArgumentException("the sync rate must be at least one byte per second");
        transaction(tx -> tx.settings().syncRate = bytesPerSecond);
    }

    public void fault(String node, String glob, int times, int after, boolean hang) {
        fault(node, new Fault(glob, times, after, hang ? Fault.Mode.HANG : Fault.Mode.FAIL));
    }

    public void fault(String node, Fault fault) {
        transaction(tx -> tx.state(node).faults.add(new HostState.PlantedFault(fault, 0)));
    }

    /** The faults still waiting on a host. */
    public List<Fault> faults(String node) {
        return transaction(tx -> tx.state(node).faults.stream().map(HostState.PlantedFault::fault).toList());
    }

    public void clearFaults(String node) { transaction(tx -> { tx.state(node).faults.clear(); return null; }); }

    public void down(String node) { transaction(tx -> tx.state(node).down = true); }

    public void up(String node) { transaction(tx -> tx.state(node).down = false); }

    public boolean isDown(String node) { return transaction(tx -> tx.state(node).down); }

    /** Every command this SimLab object's hosts received, in order (not persisted). */
    public List<CommandRecord> history() { return List.copyOf(history); }

    public void clearHistory() { history.clear(); }

    /** Runs {@code work} as one transaction: several reads and changes, possibly on several hosts, seen as one step. */
    public <T> T atomically(Supplier<T> work) { return transaction(tx -> work.get()); }

    void record(CommandRecord record) { history.add(record); }

    /** True when this thread is inside a transaction of this lab's folder. */
    boolean inTransaction() { return store.inTransaction(); }

    <T> T transaction(Function<LabTransaction, T> work) { return store.transaction(work); }

    Path hostRoot(String node) { return store.hostRoot(node); }
}
