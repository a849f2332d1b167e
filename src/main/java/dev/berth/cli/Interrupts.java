package dev.berth.cli;

import dev.berth.apply.StopRequest;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (and SIGTERM) into {@link StopRequest}s while an apply runs.
 *
 * <p>Why both mechanisms: the portable way, a shutdown hook, sees only the first signal — once the
 * JVM is shutting down, a second SIGINT blocks inside {@code Shutdown.exit} and nobody hears it —
 * and it ends with status 130 unless the hook halts with the apply's own code. So SIGINT is
 * counted with {@code sun.misc.Signal} (in the {@code jdk.unsupported} module of every JDK since
 * 9, kept on purpose for exactly this), which leaves the JVM running and lets the command return
 * 1 or 4 normally. The shutdown hook stays for what the handler cannot catch (SIGTERM from CI or
 * systemd, or a JVM started with {@code -Xrs}): it asks for the same graceful stop, waits for the
 * report, and halts with its exit code.
 */
final class Interrupts implements AutoCloseable {
    private static final long HOOK_WAIT_MINUTES = 30;

    private final StopRequest stop;
    private final PrintWriter err;
    private final String firstPress;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private volatile int exitCode = ExitCode.INCOMPLETE;
    private SignalHandler previous;

    private Interrupts(StopRequest stop, PrintWriter err, String firstPress) {
        this.stop = stop;
        this.err = err;
        this.firstPress = firstPress;
        this.hook = new Thread(this::onShutdown, "berth-stop");
    }

    static Interrupts install(StopRequest stop, PrintWriter err) {
        return install(stop, err, "stopping: nothing new starts, running steps finish, then done steps are undone (Ctrl-C again to stop at once)");
    }

    /** For {@code berth rollback}, where a first Ctrl-C lets the running undo step finish and starts no other. */
    static Interrupts installForRollback(StopRequest stop, PrintWriter err) {
        return install(stop, err, "stopping: the running undo step finishes, no other starts; the journal stays for another rollback"
                + " (Ctrl-C again to also keep the locks, as a crash would)");
    }

    private static Interrupts install(StopRequest stop, PrintWriter err, String firstPress) {
        Interrupts interrupts = new Interrupts(stop, err, firstPress);
        try {
            interrupts.previous = Signal.handle(new Signal("INT"), signal -> interrupts.requested());
        } catch (IllegalArgumentException unavailable) {
            // no SIGINT handler on this platform or JVM (-Xrs): the shutdown hook still gives the graceful stop
        }
        Runtime.getRuntime().addShutdownHook(interrupts.hook);
        return interrupts;
    }

    private void requested() {
        StopRequest.Level level = stop.request();
        synchronized (err) {
            err.println(level == StopRequest.Level.AT_ONCE
                    ? "\nberth: stopping at once; the journal stays for 'berth apply --resume' or 'berth rollback'"
                    : "\nberth: " + firstPress);
            err.flush();
        }
    }

    private void onShutdown() {
        requested();
        try {
            if (reported.await(HOOK_WAIT_MINUTES, TimeUnit.MINUTES)) Runtime.getRuntime().halt(exitCode);
        } catch (InterruptedException ignored) {
            // the JVM ends anyway; the journal says where the apply stood
        }
    }

    /** The apply ended and its report is printed: a shutdown in progress may now end with this code. */
    int reported(int code) {
        exitCode = code;
        reported.countDown();
        return code;
    }

    @Override
    public void close() {
        reported.countDown(); // also when the apply threw: a waiting hook must not hold the JVM for half an hour
        if (previous != null) Signal.handle(new Signal("INT"), previous);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it halts with the code reported above
        }
    }
}
