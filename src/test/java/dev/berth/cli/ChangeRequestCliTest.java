package dev.berth.cli;

import dev.berth.testing.CliRun;
import dev.berth.testing.GitRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.berth.testing.GitRepos.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code berth plan --git --base --head}: the reviewer's view, the saved head plan, and the flags' rules. */
class ChangeRequestCliTest {
    @TempDir
    Path dir;

    private CliRun berth(GitRepos repo, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--git", repo.folder().toString(), "--state-dir", dir.resolve("state").toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    private GitRepos reviewedBranch() {
        GitRepos repo = GitRepos.init(dir.resolve("repo"));
        repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
        assertEquals(0, berth(repo, "apply", STACK, "--auto-approve").exitCode());
        repo.branch("grow").write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace(
                "mysql-data-1: { group: mysql, volumes: [ { size: 20GiB", "mysql-data-1: { group: mysql, volumes: [ { size: 25GiB")))
                .commit("grow mysql-data-1");
        repo.checkout("main");
        return repo;
    }

    @Test
    void theReviewersViewAndTheSavedPlanThatAppliesAfterTheMerge() throws Exception {
        try (GitRepos repo = reviewedBranch()) {
            Path saved = dir.resolve("reviewed.json");
            CliRun markdown = berth(repo, "plan", STACK, "--base", "main", "--head", "grow", "--format", "markdown", "--out", saved.toString(),
                    "--detailed-exitcode");
            assertEquals(ExitCode.CHANGES, markdown.exitCode(), markdown.toString());
            assertTrue(markdown.out().contains("### ✏️ What the author edited (1 address)"), markdown.out());
            assertTrue(markdown.out().contains("-     volumes.0.size = \"20GiB\"\n+     volumes.0.size = \"25GiB\"\n"), markdown.out());
            assertTrue(markdown.out().contains("None: the live hosts match `main`."), markdown.out());
            assertTrue(markdown.out().contains("### 📝 0 to add, 4 to change, 0 to destroy"), markdown.out());

            JsonNode plan = JsonMapper.builder().build().readTree(Files.readString(saved));
            assertEquals(repo.resolve("grow"), plan.get("basis").get("source").get("commit").asString(), "--out saves the head's plan");

            CliRun json = berth(repo, "plan", STACK, "--base", "main", "--head", "grow", "--format", "json");
            JsonNode request = JsonMapper.builder().build().readTree(json.out());
            assertEquals("resource.mysql-data-1", request.get("spec_change").get(0).get("address").asString());
            assertEquals(0, request.get("existing_drift").get("resource_changes").size());
            assertEquals(plan.get("plan_id").asString(), request.get("plan").get("plan_id").asString(), "the JSON's plan is the saved plan");

            CliRun text = berth(repo, "plan", STACK, "--base", "main", "--head", "grow");
            assertEquals(0, text.exitCode(), "without --detailed-exitcode, changes exit 0 as plan does");
            assertTrue(text.out().startsWith("Change request main (" + repo.resolve("main").substring(0, 12) + ") -> grow ("), text.out());

            String merged = repo.squashMerge("grow", "Grow mysql-data-1 (#2)");
            CliRun applied = berth(repo, "apply", STACK, "--plan", saved.toString(), "--rev", merged, "--auto-approve");
            assertEquals(0, applied.exitCode(), applied.toString());
            CliRun after = berth(repo, "plan", STACK, "--base", "main~1", "--head", "main", "--detailed-exitcode");
            assertEquals(0, after.exitCode(), "after the merge and the apply nothing is left: " + after);
        }
    }

    @Test
    void driftThatWasThereBeforeIsShownApart() {
        try (GitRepos repo = reviewedBranch()) {
            List<String> lab = new ArrayList<>(List.of("lab", "run", STACK, "worker-2", "--git", repo.folder().toString(), "--state-dir",
                    dir.resolve("state").toString(), "--", "rm", "/etc/drbd.d/mysql-data-2.res"));
            assertEquals(0, CliRun.of(lab.toArray(String[]::new)).exitCode(), "an admin removed a resource file by hand");
            CliRun plan = berth(repo, "plan", STACK, "--base", "main", "--head", "grow");
            String drift = plan.out().substring(plan.out().indexOf("Drift that exists already"));
            assertTrue(drift.contains("+ drbd.mysql-data-2@worker-2  (new replica on worker-2)"), plan.out());
            assertTrue(plan.out().contains("What the author edited (1 address):"), "the drift is not the author's: " + plan.out());
        }
    }

    @Test
    void aChangeRequestThatAddsTheStack() throws Exception {
        try (GitRepos repo = GitRepos.init(dir.resolve("repo"))) {
            repo.write("README.md", "storage\n").commit("an empty repository");
            repo.branch("add").write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("the MySQL stack");
            CliRun json = berth(repo, "plan", STACK, "--base", "main", "--head", "add", "--format", "json", "--detailed-exitcode");
            assertEquals(ExitCode.CHANGES, json.exitCode(), json.toString());
            JsonNode request = JsonMapper.builder().build().readTree(json.out());
            assertTrue(request.get("existing_drift").isNull(), json.out());
            assertTrue(request.get("base").get("spec_digest").isNull(), json.out());
            List<String> added = new ArrayList<>();
            request.get("spec_change").forEach(change -> {
                assertEquals("added", change.get("action").asString());
                added.add(change.get("address").asString());
            });
            assertEquals(List.of("group.mysql", "node.worker-1", "node.worker-2", "node.worker-3", "pool.fast", "resource.mysql-data-0",
                    "resource.mysql-data-1", "resource.mysql-data-2", "stack"), added);
            CliRun text = berth(repo, "plan", STACK, "--base", "main", "--head", "add");
            assertTrue(text.out().contains("  None: there is no stack at main (this change adds it).\n"), text.out());
        }
    }

    @Test
    void theFlagsGoTogether() {
        try (GitRepos repo = reviewedBranch()) {
            assertEquals(ExitCode.USAGE, berth(repo, "plan", STACK, "--base", "main").exitCode());
            assertEquals(ExitCode.USAGE, berth(repo, "plan", STACK, "--base", "main", "--head", "grow", "--rev", "grow").exitCode());
            assertEquals(ExitCode.USAGE, berth(repo, "plan", STACK, "--base", "main", "--head", "grow", "--format", "dot").exitCode());
            assertEquals(ExitCode.USAGE, CliRun.of("plan", "examples/stacks/mysql-ha", "--base", "main", "--head", "grow").exitCode());
            CliRun unresolved = berth(repo, "plan", STACK, "--base", "main", "--head", "nope");
            assertEquals(ExitCode.ERROR, unresolved.exitCode());
            assertEquals(1, unresolved.err().lines().count(), unresolved.toString());
        }
    }
}
