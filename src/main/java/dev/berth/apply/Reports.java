package dev.berth.apply;

import dev.berth.apply.events.ApplyReport;
import dev.berth.journal.Phase;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the end report from the ledger, with the one next command that fits the outcome. */
final class Reports {
    private Reports() {}

    static ApplyReport refused(Plan plan, Optional<String> journal, List<String> problems, String next) {
        return new ApplyReport(ApplyReport.Outcome.REFUSED, plan.planId(), journal, List.of(), List.of(), List.of(), problems, next);
    }

    static ApplyReport error(Plan plan, List<String> problems) {
        return new ApplyReport(ApplyReport.Outcome.ERROR, plan.planId(), Optional.empty(), List.of(), List.of(), List.of(), problems,
                "fix the problem above, then run the same command again");
    }

    static ApplyReport of(ApplyReport.Outcome outcome, ApplyRun run, List<String> problems) {
        List<String> done = new ArrayList<>();
        List<String> undone = new ArrayList<>();
        List<ApplyReport.LeftStep> left = new ArrayList<>();
        boolean unfinished = outcome == ApplyReport.Outcome.STOPPED || outcome == ApplyReport.Outcome.PAUSED;
        for (Step step : run.plan.steps()) {
            Phase phase = run.ledger.phase(step.id());
            if (phase.isDone()) done.add(step.id());
            else if (phase == Phase.UNDONE) undone.add(step.id());
            else if (phase == Phase.LEFT || phase == Phase.FAILED || phase == Phase.STARTED) {
                left.add(new ApplyReport.LeftStep(step.id(), run.ledger.why(step.id()).isEmpty() ? phase.spelling() : run.ledger.why(step.id())));
            } else if (unfinished) {
                left.add(new ApplyReport.LeftStep(step.id(), "not started"));
            }
        }
        return new ApplyReport(outcome, run.plan.planId(), Optional.of(run.journal.file().toString()), done, undone, left, problems,
                next(outcome, run));
    }

    private static String next(ApplyReport.Outcome outcome, ApplyRun run) {
        String git = run.environment.origin().getOrDefault("git", "");
        String stack = run.environment.origin().getOrDefault("stack_path", run.plan.basis().stack()) + (git.isEmpty() ? "" : " --git " + git);
        String journal = run.journal.file().toString();
        switch (outcome) {
            case SUCCEEDED: return "berth plan " + stack + " (it should show no changes)";
            case ROLLED_BACK:
                // after a Ctrl-C nothing is broken: there is no cause to fix, only a decision to apply again
                if (run.options.stop().level() != StopRequest.Level.NONE) return "berth apply " + stack + " when you want to go on";
                return "fix the cause above, then berth apply " + stack;
            case UNDONE: return "berth plan " + stack;
            case PAUSED: return "berth apply --resume " + journal + " once DRBD has caught up (or berth rollback " + journal + ")";
            default: return "berth apply --resume " + journal + " to go forward, or berth rollback " + journal + " to undo what can be undone";
        }
    }
}
