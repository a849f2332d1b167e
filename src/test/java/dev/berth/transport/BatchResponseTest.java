package dev.berth.transport;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The frame reader on hand-made responses, including every way a response can go wrong. */
class BatchResponseTest {
    @Test
    void readsLengthsInBytesNotCharacters() throws HostException {
        // "naï" is 4 bytes in UTF-8: the next frame starts right after the ï
        List<CommandResult> results = decode(0, "berth-batch 1\n0 4 0\nnaï1 0 5\nsorry0 0 0\nend\n", 3);
        assertEquals(List.of(new CommandResult(0, "naï", ""), new CommandResult(1, "", "sorry"), new CommandResult(0, "", "")), results);
        assertEquals(new CommandResult(0, "naïve", ""), decode(0, "berth-batch 1\n0 6 0\nnaïveend\n", 1).get(0));
    }

    @Test
    void skipsALoginBannerAndToleratesPaddedSizes() throws HostException {
        List<CommandResult> results = decode(0, "Welcome to node-a\nberth-batch 1\n0       3       0\nabcend\n", 1);
        assertEquals(List.of(new CommandResult(0, "abc", "")), results);
    }

    @Test
    void outputThatStopsEarlyIsALostConnection() {
        HostException lost = assertThrows(HostException.class, () -> decode(0, "berth-batch 1\n0 10 0\nabc", 2));
        assertEquals(HostException.Kind.CONNECTION_LOST, lost.kind());
        assertEquals("node-a", lost.host());
        assertTrue(lost.getMessage().contains("after 0 of 2 results"), lost.getMessage());
        HostException noTrailer = assertThrows(HostException.class, () -> decode(0, "berth-batch 1\n0 0 0\n", 1));
        assertEquals(HostException.Kind.CONNECTION_LOST, noTrailer.kind());
    }

    @Test
    void aWrapperThatNeverRanSaysWhyFromItsStderr() {
        HostException failed = assertThrows(HostException.class, () -> BatchResponse.decode("node-a", 1,
                new ProcessOutput(125, new byte[0], "mktemp: failed to create directory via template\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(HostException.Kind.COMMAND_FAILED, failed.kind());
        assertTrue(failed.getMessage().contains("node-a") && failed.getMessage().contains("mktemp: failed"), failed.getMessage());
    }

    @Test
    void garbageWhereFramesBelongIsMalformed() {
        for (String garbage : List.of("berth-batch 1\nzero 0 0\nend\n", "berth-batch 1\n0 0\nend\n", "berth-batch 1\n0 -1 0\nend\n",
                "berth-batch 1\n0 0 0\nmore\n")) {
            HostException malformed = assertThrows(HostException.class, () -> decode(0, garbage, 1), garbage);
            assertEquals(HostException.Kind.COMMAND_FAILED, malformed.kind(), garbage);
            assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
        }
    }

    @Test
    void encodesNewlinesAsContinuationLinesAndRefusesNul() {
        byte[] request = BatchWrapper.encodeRequest(List.of(Command.of("echo", "a\nb", ""), Command.of("true")));
        assertEquals("aecho\naa\nnb\na\nr\natrue\nr\n", new String(request, StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> BatchWrapper.encodeRequest(List.of(Command.of("echo", "a\0b"))));
    }

    private static List<CommandResult> decode(int exitCode, String stdout, int expected) throws HostException {
        return BatchResponse.decode("node-a", expected, new ProcessOutput(exitCode, stdout.getBytes(StandardCharsets.UTF_8), new byte[0]));
    }
}
