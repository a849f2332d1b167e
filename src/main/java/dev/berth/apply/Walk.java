package dev.berth.apply;

import dev.berth.plan.Step;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Walks the plan's DAG. A step starts when everything it depends on is done; at most one step runs
 * per host at a time (a host's own order is the plan's, since that is the order the scan
 * below offers them), and at most {@code parallelism} overall. A wait-only step holds no host,
 * so a long resync does not stall other resources on the same machine. On the first failure or
 * pause nothing new starts; steps already running are allowed to finish. A stop request is read
 * here, between steps: the first acts as a failure would, the second returns without waiting.
 */
final class Walk {
    /** STOPPED: a first Ctrl-C (roll back like a failure); ABANDONED: a second one (leave everything, like a crash). */
    enum Ending { COMPLETED, FAILED, PAUSED, HALTED, STOPPED, ABANDONED }

    private record Outcome(Step step, StepExecution.Result result) {}

    private final ApplyRun run;
    private final StepExecution execution;

    Walk(ApplyRun run, StepExecution execution) {
        this.run = run;
        this.execution = execution;
    }

    Ending walk() throws InterruptedException {
        List<Step> order = run.plan.steps();
        Set<String> started = new HashSet<>();
        Set<String> busyHosts = new HashSet<>();
        ExecutorService threads = Executors.newFixedThreadPool(run.options.parallelism());
        CompletionService<Outcome> completions = new ExecutorCompletionService<>(threads);
        int running = 0;
        int finished = 0;
        Ending ending = Ending.COMPLETED;
        try {
            while (true) {
                if (run.options.stop().atOnce()) return Ending.ABANDONED;
                if (ending == Ending.COMPLETED && run.options.stop().level() != StopRequest.Level.NONE) ending = Ending.STOPPED;
                if (ending == Ending.COMPLETED) {
                    for (Step step : order) {
                        if (running >= run.options.parallelism()) break;
                        if (started.contains(step.id()) || run.ledger.isDone(step.id())) continue;
                        if (!step.dependsOn().stream().allMatch(run.ledger::isDone)) continue;
                        boolean holdsHost = !step.commands().isEmpty();
                        if (holdsHost && busyHosts.contains(step.host())) continue;
                        started.add(step.id());
                        if (holdsHost) busyHosts.add(step.host());
                        completions.submit(() -> new Outcome(step, execution.execute(step)));
                        running++;
                    }
                }
                if (running == 0) break;
                Outcome outcome = take(completions);
                if (outcome == null) continue; // nothing finished yet: look at the stop request again
                running--;
                if (!outcome.step().commands().isEmpty()) busyHosts.remove(outcome.step().host());
                if (outcome.result() == StepExecution.Result.FINISHED) {
                    finished++;
                    if (run.options.haltAfterSteps().isPresent() && finished >= run.options.haltAfterSteps().getAsInt()
                            && ending == Ending.COMPLETED) ending = Ending.HALTED;
                } else if (ending == Ending.COMPLETED || ending == Ending.PAUSED || ending == Ending.STOPPED) {
                    ending = outcome.result() == StepExecution.Result.FAILED ? Ending.FAILED : Ending.PAUSED;
                }
            }
        } finally {
            threads.shutdownNow();
        }
        return ending;
    }

    private static Outcome take(CompletionService<Outcome> completions) throws InterruptedException {
        try {
            // a bounded wait, so that a second Ctrl-C during a long step is seen within a fraction of a second
            java.util.concurrent.Future<Outcome> done = completions.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            return done == null ? null : done.get();
        } catch (ExecutionException bug) {
            throw new IllegalStateException("a step's execution broke: " + bug.getCause(), bug.getCause());
        }
    }
}
