package dev.berth.reconcile;

/** What a round did, as its log line and metrics name it. */
public enum RoundAction {
    APPLIED("applied"), HEALED("healed"), DRIFT_REPORTED("drift-reported"), NO_CHANGE("no-change"), FAILED("failed"), GAVE_UP("gave-up");

    private final String spelling;

    RoundAction(String spelling) { this.spelling = spelling; }

    public String spelling() { return spelling; }
}
