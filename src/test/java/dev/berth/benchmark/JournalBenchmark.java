package dev.berth.benchmark;

import dev.berth.journal.Journal;
import dev.berth.journal.JournalHistory;
import dev.berth.journal.JournalReader;
import dev.berth.plan.Plan;
import dev.berth.testing.BigPlans;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A journal for a huge plan (10,000 resources, about 150,000 steps): how long writing its first
 * line and reading it back take, and how many bytes this thread allocates doing so (the JVM's
 * own count), since the plan is the whole first line.
 */
@Tag("benchmark")
class JournalBenchmark {
    @TempDir
    Path dir;

    @Test
    void aHugePlansJournal() throws Exception {
        Plan plan = BigPlans.greenfield(10_000);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long allocated = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        Path file;
        try (Journal journal = Journal.create(dir, plan, Instant.EPOCH, Map.of("stack_path", "big"))) {
            file = journal.file();
        }
        long writeMillis = (System.nanoTime() - start) / 1_000_000;
        long writeBytes = threads.getThreadAllocatedBytes(thread) - allocated;

        allocated = threads.getThreadAllocatedBytes(thread);
        start = System.nanoTime();
        JournalHistory history = JournalReader.read(file);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        long readBytes = threads.getThreadAllocatedBytes(thread) - allocated;

        assertEquals(plan.steps().size(), history.plan().steps().size());
        System.out.printf("journal of %d steps (%d MiB on disk): create %d ms, %d MiB allocated; read %d ms, %d MiB allocated%n",
                plan.steps().size(), Files.size(file) >> 20, writeMillis, writeBytes >> 20, readMillis, readBytes >> 20);
    }
}
