package dev.berth.cli;

import dev.berth.testing.CliRun;
import dev.berth.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hosts' state files feed the planner: a replica removed by one apply retires its node-id, and
 * a replica added back later gets a fresh one, never the id DRBD may still associate with the
 * old replica's bitmap.
 */
class RetiredNodeIdsTest {
    private static final Pattern NODE_ID = Pattern.compile("node-id (\\d+);");

    @TempDir
    Path dir;

    @Test
    void aReplicaAddedBackAfterARemovalGetsAFreshNodeId() throws Exception {
        Path stack = dir.resolve("mysql-ha");
        Files.createDirectories(stack);
        String three = Files.readString(Examples.FOLDER.resolve("mysql-ha/stack.yaml"));
        String state = dir.resolve("state").toString();
        Files.writeString(stack.resolve("stack.yaml"), three);
        assertEquals(0, CliRun.of("apply", stack.toString(), "--state-dir", state, "--auto-approve").exitCode());
        assertEquals(Set.of(0, 1, 2), nodeIds(stack, state));

        Files.writeString(stack.resolve("stack.yaml"), three.replace("replicas: 3", "replicas: 2"));
        CliRun removed = CliRun.of("apply", stack.toString(), "--state-dir", state, "--auto-approve", "--allow-destroy");
        assertEquals(0, removed.exitCode(), removed::toString);
        Set<Integer> kept = nodeIds(stack, state);
        assertEquals(2, kept.size(), kept::toString);

        Files.writeString(stack.resolve("stack.yaml"), three);
        CliRun added = CliRun.of("apply", stack.toString(), "--state-dir", state, "--auto-approve");
        assertEquals(0, added.exitCode(), added::toString);
        Set<Integer> after = nodeIds(stack, state);
        Set<Integer> expected = new TreeSet<>(kept);
        expected.add(3); // 0-2 are used or retired; lowest free and not retired is 3
        assertEquals(expected, after, "the new replica gets a fresh node-id");
    }

    /** The node-ids mysql-data-0's resource files name, on whichever nodes still have one. */
    private static Set<Integer> nodeIds(Path stack, String state) {
        Set<Integer> ids = new TreeSet<>();
        for (String node : new String[] {"worker-1", "worker-2", "worker-3"}) {
            CliRun cat = CliRun.of("lab", "run", stack.toString(), node, "--state-dir", state, "--", "cat", "/etc/drbd.d/mysql-data-0.res");
            Matcher matcher = NODE_ID.matcher(cat.out());
            while (matcher.find()) ids.add(Integer.parseInt(matcher.group(1)));
        }
        assertTrue(!ids.isEmpty(), "no resource file found");
        return ids;
    }
}
