package dev.berth.cli;

import dev.berth.testing.CliRun;
import dev.berth.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lab verbs and discover, in-process, as an admin uses them. */
class LabCommandsTest {
    static final String MYSQL = "examples/stacks/mysql-ha";
    static final String PAIR = "examples/stacks/tiebreaker-pair";

    @TempDir
    Path state;

    /** Runs berth with --state-dir placed before the stack argument, so it never lands after "--". */
    CliRun berth(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        int stack = all.indexOf(all.stream().filter(a -> a.startsWith("examples/")).findFirst().orElseThrow());
        all.add(stack, state.toString());
        all.add(stack, "--state-dir");
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void resetThenDiscoverPrintsEveryHost() {
        assertEquals(0, berth("lab", "reset", PAIR).exitCode());
        assertTrue(Files.exists(state.resolve("lab/tiebreaker-pair/store-a/.sim/state.json")));
        CliRun discover = berth("discover", PAIR);
        assertEquals(0, discover.exitCode(), discover::toString);
        Golden.verify("discover/tiebreaker-pair-fresh-lab", discover.out());
    }

    @Test
    void resetTakesTheLabsSettings() throws Exception {
        assertEquals(0, berth("lab", "reset", "--sync-rate", "1MiB", "--latency", "0ms", "--device-size", "64GiB", PAIR).exitCode());
        assertTrue(Files.readString(state.resolve("lab/tiebreaker-pair/.sim/lab.json")).contains("1048576"));
        assertEquals(ExitCode.USAGE, berth("lab", "reset", "--sync-rate", "fast", PAIR).exitCode());
        assertEquals(ExitCode.USAGE, berth("lab", "reset", "--latency", "soon", PAIR).exitCode());
        assertEquals(ExitCode.USAGE, berth("lab", "reset", "--device-size", "64GB", PAIR).exitCode());
    }

    @Test
    void aDownHostIsReportedAndDiscoverExitsTwo() {
        berth("lab", "reset", MYSQL);
        assertEquals(0, berth("lab", "down", MYSQL, "worker-2").exitCode());
        CliRun discover = berth("discover", MYSQL);
        assertEquals(ExitCode.CHANGES, discover.exitCode(), discover::toString);
        assertTrue(discover.out().contains("worker-2: UNREACHABLE"), discover::toString);
        assertEquals(0, berth("lab", "up", MYSQL, "worker-2").exitCode());
        assertEquals(0, berth("discover", MYSQL).exitCode());
    }

    @Test
    void runPassesTheCommandsOutputAndExitCodeThrough() {
        berth("lab", "reset", PAIR);
        CliRun vgs = berth("lab", "run", PAIR, "store-a", "--", "vgs", "--reportformat", "json", "-o", "vg_name");
        assertEquals(0, vgs.exitCode(), vgs::toString);
        assertTrue(vgs.out().contains("\"vg_name\":\"vg_data\""), vgs::toString);
        CliRun missing = berth("lab", "run", PAIR, "store-a", "--", "lvremove", "-f", "vg_data/nosuch");
        assertEquals(5, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("Failed to find logical volume \"vg_data/nosuch\""), missing::toString);
        CliRun unknown = berth("lab", "run", PAIR, "store-a", "--", "frobnicate");
        assertEquals(127, unknown.exitCode());
        assertTrue(unknown.err().contains("does not implement"), unknown::toString);
        assertEquals(ExitCode.ERROR, berth("lab", "run", PAIR, "nosuchnode", "--", "true").exitCode());
    }

    @Test
    void faultMakesTheNextMatchingCommandFail() {
        berth("lab", "reset", PAIR);
        assertEquals(0, berth("lab", "fault", PAIR, "store-a", "--on", "vgs *").exitCode());
        CliRun hit = berth("lab", "run", PAIR, "store-a", "--", "vgs", "--reportformat", "json");
        assertEquals(1, hit.exitCode());
        assertTrue(hit.err().contains("injected fault"), hit::toString);
        assertEquals(0, berth("lab", "run", PAIR, "store-a", "--", "vgs", "--reportformat", "json").exitCode(), "times defaults to 1");
        assertEquals(ExitCode.USAGE, berth("lab", "fault", PAIR, "store-a", "--on", "x", "--times", "0").exitCode());
    }

    @Test
    void putWritesStandardInputToAFileOnTheHost() {
        berth("lab", "reset", PAIR);
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("# hand-written\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, berth("lab", "put", PAIR, "arbiter", "/etc/drbd.d/extra.res").exitCode());
        } finally {
            System.setIn(original);
        }
        CliRun cat = berth("lab", "run", PAIR, "arbiter", "--", "cat", "/etc/drbd.d/extra.res");
        assertEquals("# hand-written\n", cat.out());
        assertEquals(ExitCode.USAGE, berth("lab", "put", PAIR, "arbiter", "relative/path").exitCode());
    }

    @Test
    void discoverJsonCarriesTheWholeModel() {
        berth("lab", "reset", PAIR);
        CliRun json = berth("discover", "--format", "json", PAIR);
        assertEquals(0, json.exitCode(), json::toString);
        assertTrue(json.out().contains("\"format_version\" : 1"));
        assertTrue(json.out().contains("\"reachable\" : true"));
    }

    @Test
    void aBareLabFlagDoesNotSwallowTheStack() {
        String thick = "examples/stacks/multi-volume-thick"; // transport ssh: only --lab reaches its hosts
        CliRun discover = CliRun.of("discover", "--state-dir", state.toString(), "--lab", thick);
        assertEquals(0, discover.exitCode(), discover::toString);
        assertTrue(Files.exists(state.resolve("lab/multi-volume-thick/.sim/lab.json")));
    }

    @Test
    void aStackOfTransportSimGetsItsLabOnFirstUse() {
        CliRun discover = berth("discover", MYSQL);
        assertEquals(0, discover.exitCode(), discover::toString);
        assertTrue(Files.exists(state.resolve("lab/mysql-ha/.sim/lab.json")));
    }
}
