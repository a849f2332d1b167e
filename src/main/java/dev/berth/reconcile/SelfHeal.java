package dev.berth.reconcile;

/** Whether the loop may fix drift on a commit it already applied. */
public enum SelfHeal {
    /** Only report drift. */
    OFF,
    /** Apply the plan that restores the stack when every step is {@code none} or {@code reversible} and nothing is refused. */
    SAFE;

    public String spelling() { return name().toLowerCase(java.util.Locale.ROOT); }
}
