package dev.berth.transport.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads one output pipe of a process to its end on a pump thread, keeping every chunk as it
 * arrives. A background grandchild can hold the pipe open long after the command exited; then
 * {@link #bytes} gives up waiting for the end and returns what the command wrote, rather than
 * nothing or a hang.
 */
final class OutputCollector implements Runnable {
    private final InputStream input;
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private final CountDownLatch finished = new CountDownLatch(1);

    private OutputCollector(InputStream input) { this.input = input; }

    static OutputCollector start(ExecutorService pumps, InputStream input) {
        OutputCollector collector = new OutputCollector(input);
        pumps.execute(collector);
        return collector;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        try (input) {
            for (int count; (count = input.read(buffer)) >= 0; ) {
                synchronized (collected) {
                    collected.write(buffer, 0, count);
                }
            }
        } catch (IOException ignored) {
            // the pipe was closed under us (process killed): what we have is all there is
        } finally {
            finished.countDown();
        }
    }

    /** Everything read, waiting at most {@code patience} for the end of the stream. */
    byte[] bytes(Duration patience) throws InterruptedException {
        finished.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        synchronized (collected) {
            return collected.toByteArray();
        }
    }
}
