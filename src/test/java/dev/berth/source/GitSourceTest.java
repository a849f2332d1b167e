package dev.berth.source;

import dev.berth.spec.LoadedStack;
import dev.berth.testing.GitRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.berth.testing.GitRepos.STACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stacks read from commits of JGit-built repositories: revisions of every kind, remotes, and the failures people make. */
class GitSourceTest {
    @TempDir
    Path dir;

    private GitRepos history() {
        GitRepos repo = GitRepos.init(dir.resolve("repo"));
        repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s)).commit("demo stack");
        repo.tag("v1");
        repo.branch("grow").write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("mysql-data-0: { group: mysql, volumes: [ { size: 20GiB",
                "mysql-data-0: { group: mysql, volumes: [ { size: 30GiB"))).commit("grow mysql-data-0");
        repo.checkout("main");
        return repo;
    }

    private static String size(LoadedStack loaded) {
        return loaded.cluster().orElseThrow().resources().get("mysql-data-0").volumes().get(0).size().toString();
    }

    @Test
    void readsBranchesTagsCommitsAndExpressions() {
        try (GitRepos repo = history(); GitRepository git = GitRepository.open(repo.folder().toString(), dir.resolve("state"), Optional.empty())) {
            assertEquals("20GiB", size(git.stack("HEAD", STACK).read()));
            assertEquals("20GiB", size(git.stack("v1", STACK).read()));
            assertEquals("30GiB", size(git.stack("grow", STACK).read()));
            assertEquals("20GiB", size(git.stack("grow~1", STACK).read()));
            String grown = repo.resolve("grow");
            GitSource byId = git.stack(grown, "./" + STACK + "/");
            assertEquals("30GiB", size(byId.read()));
            assertEquals(grown, byId.commit());
            assertEquals(STACK, byId.path());
            assertEquals(Optional.of(STACK + "/stack.yaml"), byId.file());
            assertEquals("30GiB", size(git.stack("grow", STACK + "/stack.yaml").read()), "the stack file itself may be named");
        }
    }

    @Test
    void theWorkTreeIsNeverTouched() throws Exception {
        try (GitRepos repo = history()) {
            Path file = repo.folder().resolve(STACK + "/stack.yaml");
            Files.writeString(file, "uncommitted edit\n");
            byte[] index = Files.readAllBytes(repo.folder().resolve(".git/index"));
            String head = Files.readString(repo.folder().resolve(".git/HEAD"));
            try (GitRepository git = GitRepository.open(repo.folder().toString(), dir.resolve("state"), Optional.empty())) {
                assertTrue(git.stack("grow", STACK).read().isValid());
                assertTrue(git.stack("HEAD", STACK).read().isValid(), "HEAD is the commit, not the edited work tree");
            }
            assertEquals("uncommitted edit\n", Files.readString(file));
            assertEquals(head, Files.readString(repo.folder().resolve(".git/HEAD")));
            assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(repo.folder().resolve(".git/index"))));
        }
    }

    @Test
    void aMissingStackPathIsADiagnosticNamingRevisionAndPath() {
        try (GitRepos repo = history(); GitRepository git = GitRepository.open(repo.folder().toString(), dir.resolve("state"), Optional.empty())) {
            LoadedStack missing = git.stack("v1", "stacks/nope").read();
            assertFalse(missing.isValid());
            assertEquals(1, missing.diagnostics().size());
            assertTrue(missing.diagnostics().get(0).format().startsWith("error: no stack at v1:stacks/nope (commit "), missing.diagnostics().toString());
        }
    }

    @Test
    void anUnresolvedRevisionOrRepositoryIsOneLine() {
        try (GitRepos repo = history(); GitRepository git = GitRepository.open(repo.folder().toString(), dir.resolve("state"), Optional.empty())) {
            SourceException unresolved = assertThrows(SourceException.class, () -> git.stack("no-such-branch", STACK));
            assertEquals("revision 'no-such-branch' does not resolve in " + repo.folder() + " (no such branch, tag or commit); "
                    + "name a branch, tag or commit that the repository has", unresolved.getMessage());
            assertThrows(SourceException.class, () -> git.stack("HEAD~9", STACK));
            assertThrows(SourceException.class, () -> git.stack("main^^^{nonsense", STACK));
        }
        SourceException none = assertThrows(SourceException.class, () -> GitRepository.open(dir.resolve("nothing").toString(), dir, Optional.empty()));
        assertFalse(none.getMessage().contains("\n"));
        assertTrue(none.getMessage().startsWith("no git repository at "), none.getMessage());
    }

    @Test
    void invalidYamlAtOneRevisionIsReportedAtThatRevisionOnly() {
        try (GitRepos repo = history()) {
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("  mysql-data-1: {", "  mysql-data-1: [ {"))).commit("broken");
            try (GitRepository git = GitRepository.open(repo.folder().toString(), dir.resolve("state"), Optional.empty())) {
                LoadedStack broken = git.stack("main", STACK).read();
                assertFalse(broken.isValid());
                String first = broken.diagnostics().get(0).format();
                assertTrue(first.matches("main:stacks/mysql-ha/stack\\.yaml:\\d+:\\d+: error: .*"), first);
                assertTrue(git.stack("main~1", STACK).read().isValid());
            }
        }
    }

    @Test
    void aFileRemoteIsFetchedIntoTheCacheAndFollowsNewCommits() {
        try (GitRepos repo = history()) {
            Path state = dir.resolve("state");
            try (GitRepository git = GitRepository.open(repo.url(), state, Optional.empty())) {
                assertEquals(repo.url(), git.shown());
                assertEquals("20GiB", size(git.stack("HEAD", STACK).read()));
                assertEquals("30GiB", size(git.stack("grow", STACK).read()));
                assertEquals(repo.resolve("v1"), git.resolve("v1"));
            }
            assertTrue(Files.isDirectory(state.resolve("git")));
            repo.write(STACK + "/stack.yaml", GitRepos.demoStack(s -> s.replace("size: 20GiB", "size: 40GiB"))).commit("grow all");
            try (GitRepository git = GitRepository.open(repo.url(), state, Optional.empty())) {
                assertEquals("40GiB", size(git.stack("main", STACK).read()), "a second open fetches again");
                assertEquals("40GiB", size(git.stack("HEAD", STACK).read()), "the cache's HEAD follows the remote's");
            }
        }
    }

    @Test
    void aUrlIsShownWithoutItsPasswordAndUnsupportedSchemesAreRefused() {
        assertEquals("https://bot@example.org/team/stacks.git", RemoteCache.shown("https://bot:hunter2@example.org/team/stacks.git"));
        SourceException ssh = assertThrows(SourceException.class,
                () -> GitRepository.open("ssh://git@example.org/team/stacks.git", dir, Optional.empty()));
        assertTrue(ssh.getMessage().contains("only file:// and https://"), ssh.getMessage());
    }

    @Test
    void aPasswordOrTokenIsNeverInAMessage() {
        // a closed port on this machine: the fetch fails at once, and its message must carry neither secret
        SourceException refused = assertThrows(SourceException.class, () -> GitRepository.open("https://bot:hunter2@127.0.0.1:1/team/stacks.git",
                dir.resolve("state"), Optional.of(dev.berth.model.Secret.of("env:BERTH_GIT_TOKEN", "tok-123"))));
        assertTrue(refused.getMessage().startsWith("cannot fetch https://bot@127.0.0.1:1/team/stacks.git: "), refused.getMessage());
        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
        assertFalse(refused.getMessage().contains("tok-123"), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
    }

    @Test
    void pathsAreNormalized() {
        assertEquals("stacks/a", GitRepository.normalized("./stacks/a/"));
        assertEquals("", GitRepository.normalized("."));
        assertEquals("", GitRepository.normalized("./"));
    }
}
