package dev.berth.discovery;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the discovery batch to every host at once (bounded by the stack's parallelism): one
 * round trip per host. A host that fails is an answer too, so one bad host never hides the rest.
 */
public final class BatchCollector {
    private final HostConnector connector;
    private final int parallelism;

    public BatchCollector(HostConnector connector, int parallelism) {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1");
        this.connector = connector;
        this.parallelism = parallelism;
    }

    /** Answers in the order of the targets. */
    public List<HostAnswers> collect(List<DiscoveryTarget> targets) {
        return collect(targets, (target, answers) -> answers);
    }

    /**
     * Answers turned into {@code T} by {@code then}, which runs on the worker right after its host
     * answered, so parsing one host overlaps with waiting for the others.
     */
    public <T> List<T> collect(List<DiscoveryTarget> targets, java.util.function.BiFunction<DiscoveryTarget, HostAnswers, T> then) {
        if (targets.isEmpty()) return List.of();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, targets.size()), daemonThreads());
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (DiscoveryTarget target : targets) pending.add(pool.submit(() -> then.apply(target, ask(target))));
            List<T> results = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) results.add(await(pending.get(i), targets.get(i), then));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private HostAnswers ask(DiscoveryTarget target) {
        List<Command> batch = DiscoveryCommands.batch(target.devices());
        try (Host host = connector.connect(target.target())) {
            List<CommandResult> results = host.runBatch(batch);
            return new HostAnswers.Answered(target.node(), batch, results);
        } catch (HostException e) {
            return new HostAnswers.Failed(target.node(), e.kind(), e.getMessage());
        } catch (RuntimeException e) { // a transport bug must not sink the other hosts' discovery
            return new HostAnswers.Failed(target.node(), HostException.Kind.CONNECTION_LOST, "unexpected failure: " + e);
        }
    }

    private static <T> T await(Future<T> answer, DiscoveryTarget target, java.util.function.BiFunction<DiscoveryTarget, HostAnswers, T> then) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return then.apply(target, new HostAnswers.Failed(target.node(), HostException.Kind.TIMEOUT, "discovery interrupted"));
        } catch (ExecutionException e) {
            return then.apply(target, new HostAnswers.Failed(target.node(), HostException.Kind.CONNECTION_LOST, "unexpected failure: " + e.getCause()));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "berth-discovery-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
