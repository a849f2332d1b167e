package dev.berth.apply;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A person's request to stop an apply, as a flag the engine reads between steps (the first request
 * never interrupts a thread: a step cut in the middle of {@code lvcreate} is what the journal and
 * {@code isDone} exist to untangle, and a polite request should not cause one on purpose).
 * The first request finishes in-flight steps and rolls back what may be rolled back; the second
 * stops at once and leaves the journal for {@code --resume} or {@code rollback}. Whoever sees the
 * signal (the CLI) calls {@link #request}; tests call it directly.
 */
public final class StopRequest {
    public enum Level { NONE, FINISH_AND_ROLL_BACK, AT_ONCE }

    private final AtomicInteger requests = new AtomicInteger();

    /** One more request; returns what it now asks for. */
    public Level request() {
        return levelOf(requests.incrementAndGet());
    }

    public Level level() { return levelOf(requests.get()); }

    public boolean atOnce() { return level() == Level.AT_ONCE; }

    private static Level levelOf(int count) {
        return count == 0 ? Level.NONE : count == 1 ? Level.FINISH_AND_ROLL_BACK : Level.AT_ONCE;
    }
}
