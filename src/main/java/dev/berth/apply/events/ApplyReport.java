package dev.berth.apply.events;

import java.util.List;
import java.util.Optional;

/**
 * The end of an apply, resume or rollback: what was done, what was undone, what was left and why,
 * what refused it, the journal, and the command a person should run next.
 */
public record ApplyReport(Outcome outcome, String planId, Optional<String> journal, List<String> done, List<String> undone,
                          List<LeftStep> left, List<String> problems, String nextCommand) {
    /** Each outcome carries the exit code design.md gives it. */
    public enum Outcome {
        SUCCEEDED("succeeded", 0),
        NO_CHANGES("no changes", 0),
        /** A step failed and everything done was undone. */
        ROLLED_BACK("rolled back", 1),
        /** {@code berth rollback} undid everything it was asked to. */
        UNDONE("undone", 0),
        /** Berth could not start (a secret is missing, no host answered); nothing changed. */
        ERROR("error", 1),
        /** A refused plan, blocked steps, a stale basis, a held lock: nothing ran. */
        REFUSED("refused", 3),
        /** Stopped with steps that were not undone: resume forward or roll back. */
        STOPPED("stopped", 4),
        /** A wait passed its deadline while DRBD was still healthy: resume later. */
        PAUSED("paused", 4);

        private final String spelling;
        private final int exitCode;

        Outcome(String spelling, int exitCode) {
            this.spelling = spelling;
            this.exitCode = exitCode;
        }

        public String spelling() { return spelling; }

        public int exitCode() { return exitCode; }
    }

    /** A step that is not where the plan wanted it, and why. */
    public record LeftStep(String step, String why) {}

    public ApplyReport {
        done = List.copyOf(done);
        undone = List.copyOf(undone);
        left = List.copyOf(left);
        problems = List.copyOf(problems);
    }

    public int exitCode() { return outcome.exitCode(); }
}
