package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's status JSON and events2 lines have drbdsetup's layout: with values masked, the lab's
 * {@code status --json} equals the fixtures built from drbdsetup.c's printf formats
 * (constructed-status-*.json) line for line, once the fields drbd-utils added after 9.22 are taken
 * out ("open" 9.29, "tls" 9.28, "paths" 9.26); events2 lines carry the keys of the captured tests.
 */
class OutputShapeTest {
    private static final Pattern VALUE = Pattern.compile("^(\\s*\"[^\"]+\": )(.+?)(, ?)?$");

    @TempDir
    Path dir;

    @Test
    void statusJsonHasTheLayoutOfDrbdsetupWithout922sMissingFields() throws IOException {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        lab.ok("alpha", "drbdadm", "new-current-uuid", "--force-resync", "r0/0");
        lab.advance(java.time.Duration.ofSeconds(2));
        String resync = lab.ok("gamma", "drbdsetup", "status", "r0", "--json");
        String expectedPeer = peerDevices(layout(without922Fields(fixture("constructed-status-resync.json")))).get(0);
        assertEquals(expectedPeer, peerDevices(layout(resync)).get(0), "a peer device in resync, with every detail field");
        lab.advance(java.time.Duration.ofSeconds(20));
        String uptodate = lab.ok("alpha", "drbdsetup", "status", "--json");
        assertEquals(layout(without922Fields(fixture("constructed-status-3node-uptodate.json"))), layout(uptodate));
        assertEquals(new dev.berth.model.CommandResult(10, "[\n]\n\n", "r9: No such resource\n"), lab.run("alpha", "drbdsetup", "status", "r9", "--json"));
    }

    @Test
    void events2LinesCarryTheKeysOfTheCapturedOnes() throws IOException {
        DrbdLab lab = InitialSyncTest.threeNodes(dir, InitialSyncTest.r0());
        List<String> captured = fixture("events2-all-create-change.txt").lines().filter(l -> l.startsWith("create ")).toList();
        List<String> ours = lab.ok("alpha", "drbdsetup", "events2", "--now").lines().toList();
        assertEquals("exists -", ours.get(ours.size() - 1));
        for (String kind : List.of("resource", "connection", "device", "peer-device", "path")) {
            String theirs = keys(captured.stream().filter(l -> l.startsWith("create " + kind + " ")).findFirst().orElseThrow()).replace(" open", "");
            String mine = keys(ours.stream().filter(l -> l.startsWith("exists " + kind + " ")).findFirst().orElseThrow());
            assertEquals(theirs.substring(theirs.indexOf(' ')), mine.substring(mine.indexOf(' ')), kind);
        }
    }

    /** Every value replaced by V; the keys, brackets, commas and spaces kept. */
    private static String layout(String json) {
        StringBuilder out = new StringBuilder();
        for (String line : json.split("\n", -1)) {
            Matcher value = VALUE.matcher(line);
            out.append(value.matches() && !value.group(2).equals("[") && !value.group(2).equals("{")
                    ? value.group(1) + "V" + (value.group(3) == null ? "" : value.group(3)) : line).append('\n');
        }
        return out.toString();
    }

    /** Takes out the "open", "tls" lines and "paths" blocks of later drbd-utils. */
    private static String without922Fields(String json) {
        List<String> kept = new ArrayList<>();
        boolean inPaths = false;
        for (String line : json.split("\n", -1)) {
            if (line.contains("\"paths\": [")) inPaths = true;
            if (inPaths) {
                if (line.trim().equals("} ],")) inPaths = false;
                continue;
            }
            if (line.contains("\"open\": ") || line.contains("\"tls\": ")) continue;
            kept.add(line);
        }
        return String.join("\n", kept);
    }

    private static List<String> peerDevices(String layout) {
        return Arrays.stream(layout.split("\"peer_devices\": \\[\n")).skip(1).map(p -> p.substring(0, p.indexOf(" ]") + 2)).toList();
    }

    private static String keys(String line) {
        StringBuilder keys = new StringBuilder();
        for (String word : line.split(" ")) keys.append(' ').append(word.contains(":") ? word.substring(0, word.indexOf(':')) : word);
        return keys.toString().trim();
    }

    private static String fixture(String name) throws IOException {
        String folder = name.startsWith("events2") || name.startsWith("constructed") ? "drbdsetup" : "drbdadm";
        try (InputStream in = OutputShapeTest.class.getResourceAsStream("/fixtures/" + folder + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
