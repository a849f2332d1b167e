package dev.berth.drift;

/**
 * Where a difference stands relative to the last apply its host records: the stack that was
 * applied is the current one (so the live side moved), the stack changed since (an apply is
 * pending), or nothing was ever applied there.
 */
public enum Origin {
    SINCE_LAST_APPLY("since-last-apply", "changed since the last apply"),
    STACK_CHANGED("stack-changed", "the stack changed since the last apply"),
    NEVER_APPLIED("never-applied", "never applied");

    private final String spelling;
    private final String heading;

    Origin(String spelling, String heading) {
        this.spelling = spelling;
        this.heading = heading;
    }

    public String spelling() { return spelling; }

    /** The words a report's section starts with. */
    public String heading() { return heading; }
}
