package dev.berth.reconcile;

import java.util.List;
import java.util.Objects;

/** What a round does, for which commit, and why (reasons are for the log: why it did not heal, what refused). */
public record Decision(Kind kind, String commit, List<String> reasons) {
    public enum Kind {
        /** The branch moved: apply its commit's plan. */
        APPLY,
        /** The branch moved, but its plan changes nothing: remember the commit as applied. */
        UP_TO_DATE,
        /** Same commit, drift that the plan restores safely: apply it. */
        HEAL,
        /** Same commit, drift that the loop may not fix: report it. */
        REPORT,
        /** Same commit, no drift. */
        NO_CHANGE,
        /** The plan of a new commit is refused or blocked: a failed attempt, nothing runs. */
        REFUSED,
        /** The commit failed too often: nothing runs until the branch moves. */
        GIVE_UP;

        /** Whether the round changes the hosts. */
        public boolean applies() { return this == APPLY || this == HEAL; }
    }

    public Decision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(commit, "commit");
        reasons = List.copyOf(reasons);
    }
}
