package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;

import java.util.List;
import java.util.SortedSet;

/**
 * How a session ends once the walk returns (or a rollback was asked for): the host records and
 * the journal's last line, undo where the ending calls for it, and the report. Kept apart from
 * the engine so that every ending, and what it leaves on the hosts, reads in one place.
 */
final class SessionEnd {
    private SessionEnd() {}

    static ApplyReport ended(ApplyRun run, Walk.Ending ending, SortedSet<String> nodes) {
        switch (ending) {
            case COMPLETED:
                HostRecords.applied(run, nodes);
                HostRecords.clear(run, nodes);
                run.journal.ended("succeeded", run.environment.sleeper().now());
                return Reports.of(ApplyReport.Outcome.SUCCEEDED, run, List.of());
            case HALTED:
                return Reports.of(ApplyReport.Outcome.STOPPED, run, List.of("halted after " + run.options.haltAfterSteps().getAsInt()
                        + " steps without cleaning up, as a crash would"));
            case ABANDONED:
                // like a crash: locks, in-progress records and the journal stay, so resume or rollback can take over
                return Reports.of(ApplyReport.Outcome.STOPPED, run, List.of("stopped at once by a second interrupt; steps that were"
                        + " running may have finished on their hosts, and resume or rollback will see which"));
            case STOPPED:
                new Rollback(run).undo(List.of(), run.ledger.doneOrder());
                return finishRollback(run, nodes, ApplyReport.Outcome.ROLLED_BACK,
                        List.of("interrupted: nothing new was started, running steps finished, done steps were undone where they may be"));
            case PAUSED:
                run.journal.ended("paused", run.environment.sleeper().now());
                return Reports.of(ApplyReport.Outcome.PAUSED, run, List.of("a wait passed its deadline of " + run.options.waitDeadline()));
            default:
                List<String> failed = run.ledger.inPhase(dev.berth.journal.Phase.FAILED);
                List<String> problems = failed.stream().map(id -> id + " failed: " + run.ledger.why(id)).toList();
                new Rollback(run).undo(failed, run.ledger.doneOrder());
                return finishRollback(run, nodes, ApplyReport.Outcome.ROLLED_BACK, problems);
        }
    }

    /**
     * {@code berth rollback}: a Ctrl-C lets the running undo step finish and starts no other; a
     * second one also leaves locks and journal as a crash would (no end line), for the next command.
     */
    static ApplyReport rollback(ApplyRun run, List<String> unfinished, SortedSet<String> nodes) {
        new Rollback(run, StopRequest.Level.FINISH_AND_ROLL_BACK).undo(unfinished, run.ledger.doneOrder());
        StopRequest.Level stop = run.options.stop().level();
        if (stop == StopRequest.Level.AT_ONCE) {
            return Reports.of(ApplyReport.Outcome.STOPPED, run, List.of("the rollback stopped at once by a second interrupt; the locks stay"
                    + " until the next rollback or resume of this journal takes them over"));
        }
        List<String> problems = stop == StopRequest.Level.NONE ? List.of()
                : List.of("the rollback was interrupted: the undo step that was running finished, no other started");
        return finishRollback(run, nodes, ApplyReport.Outcome.UNDONE, problems);
    }

    /** Everything undone: the hosts are as they were, so the in-progress records go too. Anything left: stopped, resumable. */
    static ApplyReport finishRollback(ApplyRun run, SortedSet<String> nodes, ApplyReport.Outcome clean, List<String> problems) {
        if (run.ledger.inPhase(dev.berth.journal.Phase.LEFT).isEmpty() && run.ledger.doneOrder().isEmpty()) {
            HostRecords.clear(run, nodes);
            run.journal.ended("rolled-back", run.environment.sleeper().now());
            return Reports.of(clean, run, problems);
        }
        run.journal.ended("stopped", run.environment.sleeper().now());
        return Reports.of(ApplyReport.Outcome.STOPPED, run, problems);
    }

}
