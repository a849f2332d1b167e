package dev.berth.apply;

import dev.berth.apply.events.ApplyEvent;
import dev.berth.journal.Phase;
import dev.berth.ops.WaitCondition;
import dev.berth.plan.Step;
import dev.berth.transport.HostException;

import java.util.List;
import java.util.Optional;

/**
 * One step, forward: renew the leases, re-check safety on live state when the step cannot be
 * taken back, journal "started" (durably, before anything runs), run its commands, then wait for
 * what it waits for. Runs on a walk thread; every outcome goes through {@link ApplyRun#record}.
 */
final class StepExecution {
    enum Result { FINISHED, FAILED, PAUSED }

    private final ApplyRun run;
    private final LiveSafety safety;
    private final WaitPoller waits;

    StepExecution(ApplyRun run, LiveSafety safety, WaitPoller waits) {
        this.run = run;
        this.safety = safety;
        this.waits = waits;
    }

    Result execute(Step step) {
        run.locks.renewIfDue();
        try {
            Optional<String> unsafe = safety.check(step);
            if (unsafe.isPresent()) {
                run.record(step, Phase.FAILED, List.of(), "refused on live state: " + unsafe.get());
                return Result.FAILED;
            }
        } catch (HostException e) {
            run.record(step, Phase.FAILED, List.of(), "cannot check live state on " + e.host() + ": " + e.getMessage());
            return Result.FAILED;
        }
        run.started(step);
        CommandRunner.Ran ran = run.commands.run(step.host(), step.commands());
        if (!ran.succeeded()) {
            run.ledger.failedWith(step.id(), ran);
            run.record(step, Phase.FAILED, ran.outcomes(), ran.failure());
            return Result.FAILED;
        }
        for (WaitCondition condition : step.waits()) {
            try {
                WaitPoller.Result waited = waits.await(condition, percent -> run.emit(ApplyEvent.Kind.WAITING, step,
                        "waiting until " + condition, percent));
                if (waited == WaitPoller.Result.DEADLINE_PASSED) {
                    run.record(step, Phase.LEFT, ran.outcomes(), "still not " + condition + " after " + run.options.waitDeadline()
                            + "; DRBD is still working on it, resume later");
                    return Result.PAUSED;
                }
            } catch (HostException e) {
                run.ledger.failedWith(step.id(), ran);
                run.record(step, Phase.FAILED, ran.outcomes(), "lost " + e.host() + " while waiting: " + e.getMessage());
                return Result.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run.record(step, Phase.LEFT, ran.outcomes(), "interrupted while waiting until " + condition);
                return Result.PAUSED;
            }
        }
        run.record(step, Phase.FINISHED, ran.outcomes(), "");
        return Result.FINISHED;
    }
}
