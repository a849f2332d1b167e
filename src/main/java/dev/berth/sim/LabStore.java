package dev.berth.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where a lab's files live and how they are locked. Two processes (or two {@link SimLab}s in one
 * JVM) may share a lab folder: every load-modify-save runs under an exclusive lock, first a JVM
 * lock for the folder (FileChannel locks are per process and throw when one JVM locks twice),
 * then an OS file lock on {@code <lab>/.sim/lock}. One lock for the whole lab keeps cross-host
 * commands (a DRBD connect touches two hosts) free of deadlocks; commands take microseconds, and
 * the simulated latency is spent outside the lock, so hosts still work in parallel.
 */
final class LabStore {
    private static final ConcurrentHashMap<Path, DirectoryLock> LOCKS = new ConcurrentHashMap<>();

    final Path dir;

    LabStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path settingsFile() { return dir.resolve(".sim/lab.json"); }

    Path hostRoot(String node) { return dir.resolve(node); }

    Path stateFile(String node) { return hostRoot(node).resolve(".sim/state.json"); }

    DirectoryLock lock() { return LOCKS.computeIfAbsent(dir, d -> new DirectoryLock(d.resolve(".sim/lock"))); }

    /** Runs {@code work} as one transaction, joining the one this thread is already in. */
    <T> T transaction(java.util.function.Function<LabTransaction, T> work) {
        DirectoryLock lock = lock();
        lock.acquire();
        try {
            if (lock.current != null) return work.apply(lock.current);
            LabTransaction transaction = new LabTransaction(this);
            lock.current = transaction;
            try {
                T result = work.apply(transaction);
                transaction.commit();
                return result;
            } finally {
                lock.current = null;
            }
        } finally {
            lock.release();
        }
    }

    boolean inTransaction() {
        DirectoryLock lock = lock();
        return lock.current != null && lock.jvm.isHeldByCurrentThread();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Temporary file beside the target, then a rename: another process never reads half a file.
     * No fsync: a lab is a test fixture, and a crash of the machine may lose it.
     */
    static void writeAtomically(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The lock of one lab folder, shared by every SimLab of this JVM that opened it. */
    static final class DirectoryLock {
        private final Path file;
        private final ReentrantLock jvm = new ReentrantLock();
        private int depth;
        private FileChannel channel;
        private FileLock osLock;
        /** The transaction of the thread that holds the lock; nested calls join it. */
        LabTransaction current;

        private DirectoryLock(Path file) { this.file = file; }

        void acquire() {
            jvm.lock();
            if (depth++ > 0) return;
            try {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                osLock = channel.lock();
            } catch (IOException e) {
                depth--;
                jvm.unlock();
                throw new LabException("cannot lock " + file + ": " + e.getMessage(), e);
            }
        }

        void release() {
            try {
                if (--depth == 0) {
                    try {
                        osLock.release();
                        channel.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot unlock " + file, e);
                    }
                }
            } finally {
                jvm.unlock();
            }
        }
    }
}
