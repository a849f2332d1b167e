package dev.berth.drift;

import dev.berth.testing.CliRun;
import dev.berth.testing.GitRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.berth.testing.GitRepos.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code berth drift --git REPO [--rev REV]}: the stack read from a commit, the hosts' last
 * applied commit shown per host, and a newer commit on the branch told apart from drift by hand.
 */
class DriftGitTest {
    @TempDir
    Path dir;

    private CliRun berth(GitRepos repo, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        int end = all.contains("--") ? all.indexOf("--") : all.size(); // a lab command's own argv comes after "--"
        all.addAll(end, List.of("--git", repo.folder().toString(), "--state-dir", dir.resolve("state").toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private JsonNode json(CliRun run) { return JsonMapper.builder().build().readTree(run.out()); }

    @Test
    void driftFromACommitNamesTheAppliedCommitAndSeparatesANewerStackFromHandChanges() {
        try (GitRepos repo = GitRepos.init(dir.resolve("repo"))) {
            String applied = repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
            assertEquals(0, berth(repo, "apply", STACK, "--auto-approve").exitCode());

            CliRun clean = berth(repo, "drift", STACK);
            assertEquals(0, clean.exitCode(), clean::toString);
            assertTrue(clean.out().contains(", commit " + applied + " at "), clean::toString);
            assertEquals(applied, json(berth(repo, "drift", STACK, "--format", "json")).path("hosts").get(0).path("commit").asString());

            String grown = repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace(
                    "mysql-data-0: { group: mysql, volumes: [ { size: 20GiB", "mysql-data-0: { group: mysql, volumes: [ { size: 30GiB"))).commit("grow");
            assertEquals(0, berth(repo, "lab", "run", STACK, "worker-2", "--", "drbdadm", "disconnect", "mysql-data-1:worker-1").exitCode());

            CliRun atHead = berth(repo, "drift", STACK, "--format", "json");
            assertEquals(2, atHead.exitCode(), atHead::toString);
            List<String> items = new ArrayList<>();
            json(atHead).path("drift").forEach(d -> items.add(d.path("kind").asString() + " " + d.path("address").asString() + " "
                    + d.path("field").asString() + " " + d.path("origin").asString()));
            assertTrue(items.contains("changed volume.mysql-data-0/0@worker-1 size stack-changed"), "the newer commit is pending: " + items);
            assertTrue(items.contains("health drbd.mysql-data-1@worker-2 connection worker-1 stack-changed"), items::toString);
            assertEquals("older", json(atHead).path("hosts").get(0).path("last_apply").asString());

            CliRun atApplied = berth(repo, "drift", STACK, "--rev", applied, "--format", "json");
            assertEquals(2, atApplied.exitCode(), atApplied::toString);
            List<String> handMade = new ArrayList<>();
            json(atApplied).path("drift").forEach(d -> handMade.add(d.path("address").asString() + " " + d.path("origin").asString()));
            assertEquals(List.of("drbd.mysql-data-1@worker-1 since-last-apply", "drbd.mysql-data-1@worker-2 since-last-apply"), handMade,
                    "against the applied commit only the hand change is left, and it happened since that apply");
            assertTrue(!grown.equals(applied));
        }
    }

    @Test
    void aRevisionThatDoesNotResolveIsAnErrorNotDrift() {
        try (GitRepos repo = GitRepos.init(dir.resolve("repo"))) {
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
            CliRun run = berth(repo, "drift", STACK, "--rev", "no-such-branch");
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains("no-such-branch"), run::toString);
            assertTrue(!run.err().contains("\tat "), "no stack trace: " + run);
        }
    }
}
