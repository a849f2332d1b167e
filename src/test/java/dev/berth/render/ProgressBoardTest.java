package dev.berth.render;

import dev.berth.apply.events.ApplyEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The live board's frames, escape codes spelled out: each erases the previous board and draws the new one. */
class ProgressBoardTest {
    private static final String ERASE_3 = "\u001b[3A\r\u001b[J";

    private final ProgressBoard board = new ProgressBoard(Map.of("worker-1", 2, "worker-2", 1));

    @Test
    void theFirstFrameDrawsWithoutErasing() {
        assertEquals("""
                worker-1    0/2   running pool.fast@worker-1:create
                worker-2    0/1
                overall     0/3
                """, board.on(event(ApplyEvent.Kind.STARTED, "pool.fast@worker-1:create", "worker-1")));
    }

    @Test
    void laterFramesEraseTheBoardAndShowWaitsWithPercentAndEstimate() {
        board.on(event(ApplyEvent.Kind.STARTED, "pool.fast@worker-1:create", "worker-1"));
        board.on(event(ApplyEvent.Kind.FINISHED, "pool.fast@worker-1:create", "worker-1"));
        ApplyEvent waiting = new ApplyEvent(ApplyEvent.Kind.WAITING, "resource.r:wait", "worker-1", "wait until UpToDate", "",
                Optional.of(42.0), Optional.of(Duration.ofSeconds(90)), Instant.EPOCH);
        assertEquals(ERASE_3 + """
                worker-1    1/2   waiting resource.r:wait 42.0%, about 1m 30s left
                worker-2    0/1
                overall     1/3
                """, board.on(waiting));
    }

    @Test
    void aFailureIsPrintedAboveTheBoardToStayReadable() {
        board.on(event(ApplyEvent.Kind.STARTED, "drbd.r@worker-2:up", "worker-2"));
        ApplyEvent failed = new ApplyEvent(ApplyEvent.Kind.FAILED, "drbd.r@worker-2:up", "worker-2", "bring up", "exit 10",
                Optional.empty(), Optional.empty(), Instant.EPOCH);
        assertEquals(ERASE_3 + """
                failed    drbd.r@worker-2:up on worker-2: bring up - exit 10
                worker-1    0/2
                worker-2    0/1
                overall     0/3
                """, board.on(failed));
    }

    @Test
    void aHostWithEveryStepFinishedSaysDone() {
        board.on(event(ApplyEvent.Kind.STARTED, "s", "worker-2"));
        String frame = board.on(event(ApplyEvent.Kind.FINISHED, "s", "worker-2"));
        assertEquals(ERASE_3 + """
                worker-1    0/2
                worker-2    1/1   done
                overall     1/3
                """, frame);
    }

    @Test
    void linesAreCutToTheTerminalWidthSoThatRedrawingErasesExactlyTheBoard() {
        ProgressBoard narrow = new ProgressBoard(Map.of("worker-1", 2), 30);
        String frame = narrow.on(event(ApplyEvent.Kind.STARTED, "volume.mysql-data-0/0@worker-1:create-backing-volume", "worker-1"));
        assertEquals("worker-1    0/2   running vol\noverall     0/2\n", frame);
    }

    private static ApplyEvent event(ApplyEvent.Kind kind, String step, String host) {
        return new ApplyEvent(kind, step, host, "summary", "", Optional.empty(), Optional.empty(), Instant.EPOCH);
    }
}
