package dev.berth.apply;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * How an apply runs: how many steps at once (on different hosts), how long a lock lease lasts,
 * how long a wait may take before the apply pauses, how often it polls, who holds the locks, and
 * {@code haltAfterSteps}: stop dead after that many steps, without undo or cleanup, exactly as a
 * {@code kill -9} would leave things (crash tests, and the chaos drills of operators); and
 * {@code stop}, the flag a Ctrl-C raises.
 */
public record ApplyOptions(int parallelism, Duration lease, Duration waitDeadline, Duration pollInterval, String holder,
                           OptionalInt haltAfterSteps, StopRequest stop) {
    public ApplyOptions {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism is at least 1");
        if (lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("a lease lasts some time");
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(4, Duration.ofMinutes(10), Duration.ofHours(2), Duration.ofSeconds(5), holderName(), OptionalInt.empty(),
                new StopRequest());
    }

    public ApplyOptions withParallelism(int value) { return new ApplyOptions(value, lease, waitDeadline, pollInterval, holder, haltAfterSteps, stop); }

    public ApplyOptions withWaitDeadline(Duration value) { return new ApplyOptions(parallelism, lease, value, pollInterval, holder, haltAfterSteps, stop); }

    public ApplyOptions withHolder(String value) { return new ApplyOptions(parallelism, lease, waitDeadline, pollInterval, value, haltAfterSteps, stop); }

    public ApplyOptions haltingAfter(int steps) {
        return new ApplyOptions(parallelism, lease, waitDeadline, pollInterval, holder, OptionalInt.of(steps), stop);
    }

    public ApplyOptions stoppedBy(StopRequest value) {
        return new ApplyOptions(parallelism, lease, waitDeadline, pollInterval, holder, haltAfterSteps, value);
    }

    /** {@code user@machine}: what a person sees in a held lock's message. */
    static String holderName() {
        String user = System.getProperty("user.name", "unknown");
        String machine = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return user + "@" + machine;
    }
}
