package dev.berth.journal;

/** Where a step is in its life, as the journal records it; the last phase of a step decides what resume and rollback do. */
public enum Phase {
    /** Written before the first command runs: without a later phase, the step may or may not have happened. */
    STARTED("started"),
    FINISHED("finished"),
    /** A command failed or the host was lost; the step may have half happened. */
    FAILED("failed"),
    /** Observed state showed the step had already happened; nothing ran. */
    SKIPPED_ALREADY_DONE("skipped-already-done"),
    UNDONE("undone"),
    /** Its undo failed, or it could not be undone (past its resource's commit point): left for resume or a person. */
    LEFT("left"),
    /** Never started because the apply stopped first. */
    NOT_STARTED("not-started");

    private final String spelling;

    Phase(String spelling) { this.spelling = spelling; }

    public String spelling() { return spelling; }

    public static Phase parse(String text) {
        for (Phase phase : values()) if (phase.spelling.equals(text)) return phase;
        throw new IllegalArgumentException("unknown journal phase '" + text + "'");
    }

    /** The step's change is on the host (or was already there). */
    public boolean isDone() { return this == FINISHED || this == SKIPPED_ALREADY_DONE; }
}
