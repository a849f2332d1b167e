package dev.berth.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.local.LocalHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program missing from a host reads, in a batch, as Berth's real batch wrapper reports it
 * (dash names the wrapper's exec line), and alone as {@code sh -c} reports it.
 */
class MissingProgramInBatchTest {
    @TempDir
    Path dir;

    @Test
    void theLabsBatchAnswerForAMissingProgramIsTheRealWrappersWords() throws Exception {
        Command missing = Command.of("berth-no-such-program");
        CommandResult real = new LocalHost("here", Duration.ofSeconds(30), false).runBatch(List.of(missing)).get(0);
        SimLab lab = LabFixture.threeNodes(dir);
        CommandResult simulated = lab.connect("worker-1").runBatch(List.of(missing)).get(0);

        assertEquals(127, real.exitCode());
        assertEquals(real.exitCode(), simulated.exitCode());
        assertTrue(simulated.stderr().startsWith(real.stderr()), "real: " + real.stderr() + "lab: " + simulated.stderr());
        assertTrue(real.stderr().matches("sh: [0-9]+: exec: berth-no-such-program: not found\n"), real.stderr());
        assertTrue(lab.connect("worker-1").run(missing, "").stderr().startsWith("sh: 1: berth-no-such-program: not found\n"),
                "a single command keeps sh -c's words");
    }
}
