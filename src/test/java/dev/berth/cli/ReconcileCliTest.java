package dev.berth.cli;

import dev.berth.testing.CliRun;
import dev.berth.testing.GitRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.berth.testing.GitRepos.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code berth reconcile} on the simulated lab, with the stack in a JGit repository: new commits
 * applied, drift healed only under {@code safe} and only when every step is reversible, a node in
 * maintenance left alone, a failing commit rolled back, backed off and given up.
 */
class ReconcileCliTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    GitRepos repo() {
        GitRepos repo = GitRepos.init(dir.resolve("repo"));
        repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
        return repo;
    }

    String state() { return dir.resolve("state").toString(); }

    Path hostFile(String node, String path) { return dir.resolve("state/lab/mysql-ha").resolve(node).resolve(path.substring(1)); }

    /** The rounds' JSON log lines, after checking the exit code. */
    List<JsonNode> reconcile(GitRepos repo, int exitCode, String... flags) {
        List<String> args = new ArrayList<>(List.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "main",
                "--state-dir", state(), "--log-format", "json"));
        args.addAll(List.of(flags));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(exitCode, run.exitCode(), run::toString);
        List<JsonNode> lines = new ArrayList<>();
        run.out().lines().forEach(line -> lines.add(JSON.readTree(line)));
        return lines;
    }

    void admin(GitRepos repo, String node, String... command) {
        List<String> args = new ArrayList<>(List.of("lab", "run", STACK, node, "--git", repo.folder().toString(), "--state-dir", state(), "--"));
        args.addAll(List.of(command));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
    }

    static String action(JsonNode line) { return line.get("action").asString(); }

    @Test
    void onceAppliesANewCommitThenFindsNothingToDo() throws Exception {
        try (GitRepos repo = repo()) {
            JsonNode round = reconcile(repo, 0, "--once").get(0);
            assertEquals("applied", action(round), round::toString);
            assertEquals(repo.resolve("main"), round.get("commit").asString());
            assertEquals(1, round.get("round").asInt());
            assertEquals(0, round.get("exit_code").asInt());
            assertTrue(Files.readString(hostFile("worker-1", "/var/lib/berth/state.json")).contains("\"commit\":\"" + repo.resolve("main") + "\""));
            JsonNode again = reconcile(repo, 0, "--once").get(0);
            assertEquals("no-change", action(again), "a new process reads the applied commit from the hosts: " + again);
            assertEquals(0, again.get("drift").get("missing").asInt());
        }
    }

    @Test
    void aCommitPushedBetweenRoundsIsAppliedInTheNextRound() throws Exception {
        try (GitRepos repo = repo()) {
            String first = repo.resolve("main");
            StackOptions options = new StackOptions();
            options.stack = Path.of(STACK);
            options.git = repo.folder().toString();
            options.stateDir = Path.of(state());
            assertEquals("applied", action(reconcile(repo, 0, "--once").get(0)));
            dev.berth.apply.Sleeper lab = ApplyWiring.labClock(dev.berth.sim.SimLab.open(dir.resolve("state/lab/mysql-ha")));
            List<String> pushed = new ArrayList<>();
            dev.berth.apply.Sleeper pushingClock = new dev.berth.apply.Sleeper() { // someone merges while the loop waits
                @Override public Instant now() { return lab.now(); }

                @Override public void sleep(Duration duration) throws InterruptedException {
                    if (pushed.isEmpty()) {
                        pushed.add(repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("protocol: C", "protocol: B")))
                                .commit("protocol B"));
                    }
                    lab.sleep(duration);
                }
            };
            dev.berth.apply.StopRequest stop = new dev.berth.apply.StopRequest();
            ReconcileRound round = new ReconcileRound(options, new PlanFlags(), "main", dev.berth.reconcile.SelfHeal.OFF, 3, pushingClock, stop);
            List<dev.berth.reconcile.RoundRecord> log = new ArrayList<>();
            int exit = new dev.berth.reconcile.ReconcileLoop(round, new dev.berth.reconcile.ReconcileLoop.Settings(Duration.ofSeconds(5),
                    java.util.OptionalInt.of(3)), pushingClock, stop, log::add,
                    new java.util.concurrent.atomic.AtomicReference<>(dev.berth.reconcile.MetricsState.start())).run();
            assertEquals(0, exit, log::toString);
            assertEquals(List.of("no-change", "applied", "no-change"), log.stream().map(r -> r.action().spelling()).toList(), log::toString);
            assertEquals(first, log.get(0).commit().orElseThrow());
            assertEquals(pushed.get(0), log.get(1).commit().orElseThrow());
            assertTrue(Files.readString(hostFile("worker-2", "/etc/drbd.d/mysql-data-1.res")).contains("protocol B;"));
            assertEquals(Duration.ofSeconds(5), Duration.between(log.get(0).time(), log.get(1).time()), "the interval, on the lab's clock");
        }
    }

    @Test
    void anOptionChangedByHandIsReportedUnderOffAndHealedUnderSafe() throws Exception {
        try (GitRepos repo = repo()) {
            reconcile(repo, 0, "--once");
            Path file = hostFile("worker-1", "/etc/drbd.d/mysql-data-0.res");
            Files.writeString(file, Files.readString(file).replace("protocol C;", "protocol A;"));
            JsonNode reported = reconcile(repo, 2, "--once").get(0);
            assertEquals("drift-reported", action(reported), reported::toString);
            assertEquals(1, reported.get("drift").get("changed").asInt(), reported::toString);
            assertEquals("self-heal is off", reported.get("reasons").get(0).asString());
            assertTrue(Files.readString(file).contains("protocol A;"), "off only reports");
            JsonNode healed = reconcile(repo, 0, "--once", "--self-heal", "safe").get(0);
            assertEquals("healed", action(healed), healed::toString);
            assertTrue(Files.readString(file).contains("protocol C;"), Files.readString(file));
            assertEquals("no-change", action(reconcile(repo, 0, "--once", "--self-heal", "safe").get(0)));
        }
    }

    @Test
    void aFixThatNeedsAnIrreversibleStepIsOnlyReportedWithTheReason() {
        try (GitRepos repo = repo()) {
            reconcile(repo, 0, "--once");
            admin(repo, "worker-1", "lvreduce", "-y", "-L", "-1g", "vg_fast/mysql-data-1_00000");
            JsonNode round = reconcile(repo, 2, "--once", "--self-heal", "safe").get(0);
            assertEquals("drift-reported", action(round), round::toString);
            assertTrue(round.get("reasons").get(0).asString().startsWith("step volume.mysql-data-1/0@worker-1:grow-backing-volume is irreversible"),
                    round::toString);
            JsonNode again = reconcile(repo, 2, "--once", "--self-heal", "safe").get(0);
            assertEquals(round.get("drift"), again.get("drift"), "nothing was grown: the same drift is still there");
        }
    }

    @Test
    void aNodeInMaintenanceIsLeftAlone() throws Exception {
        try (GitRepos repo = repo()) {
            reconcile(repo, 0, "--once");
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("labels: { zone: c } }", "labels: { zone: c }, state: maintenance }")))
                    .commit("worker-3 in maintenance");
            JsonNode applied = reconcile(repo, 0, "--once").get(0);
            assertTrue(List.of("applied", "no-change").contains(action(applied)), applied::toString);
            Path file = hostFile("worker-3", "/etc/drbd.d/mysql-data-0.res");
            String edited = Files.readString(file).replace("protocol C;", "protocol A;");
            Files.writeString(file, edited);
            JsonNode round = reconcile(repo, 0, "--once", "--self-heal", "safe").get(0);
            // the planner plans nothing on a node in maintenance (so drift does not list the edit there either); the decision's own
            // maintenance rule, for a plan that would touch one, is in ReconcilerTest
            assertTrue(!action(round).equals("healed") && !action(round).equals("applied"), round::toString);
            assertEquals(edited, Files.readString(file), "nothing touched worker-3");
        }
    }

    @Test
    void aFailingCommitIsRolledBackBackedOffAndGivenUpUntilTheBranchMoves() throws Exception {
        try (GitRepos repo = repo()) {
            reconcile(repo, 0, "--once");
            String failing = repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("protocol: C", "protocol: A"))).commit("protocol A");
            CliRun fault = CliRun.of("lab", "fault", STACK, "worker-1", "--on", "drbdadm adjust *", "--times", "100", "--git",
                    repo.folder().toString(), "--state-dir", state());
            assertEquals(0, fault.exitCode(), fault::toString);
            List<JsonNode> rounds = reconcile(repo, 3, "--rounds", "4", "--interval", "10s", "--max-attempts", "3");
            assertEquals(List.of("failed", "failed", "failed", "gave-up"), rounds.stream().map(ReconcileCliTest::action).toList(), rounds::toString);
            for (int i = 0; i < 3; i++) {
                assertEquals(failing, rounds.get(i).get("commit").asString());
                assertEquals(1, rounds.get(i).get("exit_code").asInt(), "rolled back fully: " + rounds.get(i));
                assertTrue(rounds.get(i).get("reasons").get(0).asString().startsWith("apply rolled back"), rounds.get(i)::toString);
            }
            assertTrue(rounds.get(3).get("reasons").get(0).asString().contains("failed 3 times; given up until the branch moves"));
            List<Instant> times = rounds.stream().map(r -> Instant.parse(r.get("time").asString())).toList();
            assertEquals(List.of(Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80)),
                    List.of(Duration.between(times.get(0), times.get(1)), Duration.between(times.get(1), times.get(2)),
                            Duration.between(times.get(2), times.get(3))).stream().map(d -> Duration.ofSeconds(d.toSeconds() / 10 * 10)).toList(),
                    "the interval doubled after each failure: " + times);
            assertTrue(Files.readString(hostFile("worker-1", "/etc/drbd.d/mysql-data-0.res")).contains("protocol C;"), "rolled back");
            dev.berth.sim.SimLab.open(dir.resolve("state/lab/mysql-ha")).clearFaults("worker-1"); // the admin fixed the host
            String fixed = repo.write("README.md", "the fault is gone\n").commit("retry");
            JsonNode moved = reconcile(repo, 0, "--once").get(0);
            assertEquals("applied", action(moved), moved::toString);
            assertEquals(fixed, moved.get("commit").asString());
        }
    }

    @Test
    void anInvalidStackAtTheBranchIsAFailedRoundWithItsDiagnostics() {
        try (GitRepos repo = repo()) {
            String bad = repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("replicas: 3", "replicas: three"))).commit("typo");
            JsonNode round = reconcile(repo, 1, "--once").get(0);
            assertEquals("failed", action(round), round::toString);
            assertEquals(bad, round.get("commit").asString());
            assertTrue(round.get("reasons").get(0).asString().startsWith(bad + ":stacks/mysql-ha/stack.yaml:"), round::toString);
            assertEquals("the stack is invalid; nothing was done", round.get("reasons").get(round.get("reasons").size() - 1).asString());
        }
    }

    @Test
    void flagsAreChecked() {
        assertEquals(ExitCode.USAGE, CliRun.of("reconcile", STACK, "--branch", "main").exitCode(), "--git is required");
        try (GitRepos repo = repo()) {
            assertEquals(ExitCode.USAGE, CliRun.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "main", "--self-heal", "all",
                    "--state-dir", state()).exitCode());
            assertEquals(ExitCode.USAGE, CliRun.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "main", "--interval", "0s",
                    "--state-dir", state()).exitCode());
            assertEquals(ExitCode.USAGE, CliRun.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "main", "--rev", "HEAD",
                    "--state-dir", state()).exitCode());
            CliRun run = CliRun.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "nope", "--state-dir", state(), "--once",
                    "--log-format", "json");
            assertEquals(1, run.exitCode(), run::toString);
            JsonNode missing = JSON.readTree(run.out());
            assertEquals("failed", action(missing));
            assertTrue(missing.get("reasons").get(0).asString().startsWith("revision 'nope' does not resolve"), missing::toString);
            CliRun served = CliRun.of("reconcile", STACK, "--git", repo.folder().toString(), "--branch", "main", "--state-dir", state(), "--once",
                    "--metrics-port", "0");
            assertEquals(0, served.exitCode(), served::toString);
            assertTrue(served.err().contains("berth: metrics at http://localhost:"), served::toString);
        }
    }
}
