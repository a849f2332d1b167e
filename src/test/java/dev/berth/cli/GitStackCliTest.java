package dev.berth.cli;

import dev.berth.testing.CliRun;
import dev.berth.testing.GitRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.berth.testing.GitRepos.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that reads a stack, reading it from a git revision: validate, plan, show, apply and the merged-commit check. */
class GitStackCliTest {
    @TempDir
    Path dir;

    private GitRepos repo() {
        GitRepos repo = GitRepos.init(dir.resolve("repo"));
        repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
        repo.tag("v1");
        return repo;
    }

    private static String grown(String stack) {
        return stack.replace("mysql-data-0: { group: mysql, volumes: [ { size: 20GiB", "mysql-data-0: { group: mysql, volumes: [ { size: 30GiB");
    }

    private CliRun berth(GitRepos repo, String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
        int end = all.contains("--") ? all.indexOf("--") : all.size(); // after "--" comes a lab command's own argv
        all.addAll(end, java.util.List.of("--git", repo.folder().toString(), "--state-dir", dir.resolve("state").toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void validateReadsARevisionAndNamesItInDiagnostics() {
        try (GitRepos repo = repo()) {
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("replicas: 3", "replicas: three"))).commit("typo");
            CliRun good = berth(repo, "validate", STACK, "--rev", "v1");
            assertEquals(0, good.exitCode(), good.toString());
            CliRun bad = berth(repo, "validate", STACK);
            assertEquals(1, bad.exitCode(), bad.toString());
            assertTrue(bad.out().startsWith("HEAD:stacks/mysql-ha/stack.yaml:"), bad.toString());
        }
    }

    @Test
    void failuresAreOneLineWithoutAStackTrace() {
        try (GitRepos repo = repo()) {
            CliRun unresolved = berth(repo, "plan", STACK, "--rev", "nope");
            assertEquals(1, unresolved.exitCode());
            assertEquals("berth: revision 'nope' does not resolve in " + repo.folder() + " (no such branch, tag or commit); "
                    + "name a branch, tag or commit that the repository has\n", unresolved.err());
            CliRun missing = berth(repo, "discover", "stacks/other");
            assertEquals(1, missing.exitCode());
            assertTrue(missing.err().startsWith("error: no stack at HEAD:stacks/other (commit "), missing.toString());
            assertFalse(missing.err().contains("\tat "), missing.toString());
            CliRun notARepository = CliRun.of("validate", STACK, "--git", dir.resolve("nothing").toString());
            assertEquals(1, notARepository.exitCode());
            assertEquals(1, notARepository.err().lines().count(), notARepository.toString());
            assertEquals(ExitCode.USAGE, CliRun.of("validate", "examples/stacks/mysql-ha", "--rev", "HEAD").exitCode());
        }
    }

    @Test
    void aPlanFromGitRecordsItsSourceAndShowPrintsIt() throws Exception {
        try (GitRepos repo = repo()) {
            Path saved = dir.resolve("plan.json");
            CliRun plan = berth(repo, "plan", STACK, "--rev", "v1", "--out", saved.toString());
            assertEquals(0, plan.exitCode(), plan.toString());
            JsonNode source = JsonMapper.builder().build().readTree(Files.readString(saved)).get("basis").get("source");
            assertEquals(repo.folder().toString(), source.get("repository").asString());
            assertEquals(repo.resolve("v1"), source.get("commit").asString());
            assertEquals(STACK, source.get("path").asString());
            CliRun show = CliRun.of("show", saved.toString());
            assertTrue(show.out().contains("  source  " + repo.folder() + " commit " + repo.resolve("v1") + " path " + STACK + "\n"), show.out());
            CliRun markdown = CliRun.of("show", "--format", "markdown", saved.toString());
            assertTrue(markdown.out().contains(", from commit `" + repo.resolve("v1") + "` of `" + repo.folder() + "` at `" + STACK + "`."), markdown.out());
        }
    }

    @Test
    void aReviewedPlanAppliesAfterASquashMergeAndTheHostsRecordTheCommit() throws Exception {
        try (GitRepos repo = repo()) {
            CliRun first = berth(repo, "apply", STACK, "--auto-approve");
            assertEquals(0, first.exitCode(), first.toString());
            assertTrue(stateFile(repo).contains("\"commit\":\"" + repo.resolve("HEAD") + "\""), stateFile(repo));

            repo.branch("grow").write(STACK + "/stack.yaml", grown(GitRepos.demoStack(s -> s))).commit("grow mysql-data-0");
            repo.write("README.md", "notes\n").commit("a second commit on the branch");
            Path reviewed = dir.resolve("reviewed.json");
            assertEquals(2, berth(repo, "plan", STACK, "--rev", "grow", "--out", reviewed.toString(), "--detailed-exitcode").exitCode());
            repo.checkout("main");
            String merged = repo.squashMerge("grow", "Grow mysql-data-0 (#1)");

            CliRun applied = berth(repo, "apply", STACK, "--plan", reviewed.toString(), "--rev", merged, "--auto-approve");
            assertEquals(0, applied.exitCode(), applied.toString());
            assertTrue(stateFile(repo).contains("\"commit\":\"" + repo.resolve("grow") + "\""), "the reviewed commit is recorded: " + stateFile(repo));
            assertEquals(0, berth(repo, "plan", STACK, "--detailed-exitcode").exitCode(), "the merged stack and the hosts agree");
        }
    }

    @Test
    void aMergedCommitWithAnotherStackIsRefused() {
        try (GitRepos repo = repo()) {
            repo.branch("grow").write(STACK + "/stack.yaml", grown(GitRepos.demoStack(s -> s))).commit("grow mysql-data-0");
            Path reviewed = dir.resolve("reviewed.json");
            assertEquals(0, berth(repo, "plan", STACK, "--rev", "grow", "--out", reviewed.toString()).exitCode());
            repo.checkout("main");
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("on-no-quorum: io-error", "on-no-quorum: suspend-io")))
                    .commit("someone else's change");
            String merged = repo.squashMerge("grow", "Grow mysql-data-0 (#1)");

            CliRun refused = berth(repo, "apply", STACK, "--plan", reviewed.toString(), "--rev", merged, "--auto-approve");
            assertEquals(ExitCode.REFUSED, refused.exitCode(), refused.toString());
            String line = refused.err();
            assertTrue(line.startsWith("berth: the stack at " + merged + " (commit " + merged.substring(0, 12) + ", sha256:"), line);
            assertTrue(line.contains("is not the one the plan was made from (commit " + repo.resolve("grow").substring(0, 12)), line);
            assertEquals(1, line.lines().count(), line);
        }
    }

    private String stateFile(GitRepos repo) {
        CliRun cat = berth(repo, "lab", "run", STACK, "worker-1", "--", "cat", "/var/lib/berth/state.json");
        assertEquals(0, cat.exitCode(), cat.toString());
        return cat.out();
    }
}
