package dev.berth.realhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.testing.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the apply tests on real hosts share: a thick-LVM variant of the mysql-ha example on three
 * real hosts (one zone each), Berth's CLI against it (in-process, or as a child JVM that can be
 * killed), the hosts' own LVM reports, and a reset of everything an apply leaves on the hosts.
 */
final class ApplyOnRealHosts {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Fields that change on every metadata write or creation even when nothing else differs. */
    private static final List<String> VOLATILE = List.of("vg_seqno", "lv_uuid", "lv_time");

    private final RealHosts hosts;
    private final Path folder;
    private final Path stateDir;

    /** Bare pools on every host (see {@link #reset}) and a folder of the test's own for its stack and state. */
    static ApplyOnRealHosts forTest(RealHosts hosts, TestInfo test) {
        reset(hosts);
        return new ApplyOnRealHosts(hosts, test.getTestMethod().orElseThrow().getName());
    }

    /** {@code name} is the test's own folder (stack and state) inside the hosts' folder. */
    private ApplyOnRealHosts(RealHosts hosts, String name) {
        this.hosts = hosts;
        this.folder = hosts.dir().resolve(name);
        this.stateDir = folder.resolve("state");
    }

    Path stackFolder() { return folder; }

    Path stateDir() { return stateDir; }

    /** The mysql-ha shape on thick LVM: three zones, one host each, spread placement, quorum; {@code resources} as YAML lines. */
    Path writeStack(String resources) {
        String stack = hosts.stack().lines().filter(line -> !line.startsWith("#")).reduce("", (all, line) -> all + line + "\n");
        for (int host = 1; host <= 3; host++) {
            String zone = String.valueOf((char) ('a' + host - 1));
            stack = stack.replace("host-" + host + ": { address: " + hosts.address(host) + " }",
                    "host-" + host + ": { address: " + hosts.address(host) + ", labels: { zone: " + zone + " } }");
        }
        stack += "resourceGroups:\n"
                + "  mysql:\n"
                + "    pool: thick\n"
                + "    replicas: 3\n"
                + "    placement: { spreadAcross: zone }\n"
                + "    drbd:\n"
                + "      options: { quorum: majority, on-no-quorum: io-error }\n"
                + "      net: { protocol: C }\n"
                + "resources:\n" + resources;
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("stack.yaml"), stack, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A Berth command on this test's stack, in-process ({@code STACK} stands for the stack folder). */
    CliRun berth(String... args) {
        List<String> argv = new ArrayList<>();
        for (String arg : args) argv.add(arg.equals("STACK") ? folder.toString() : arg);
        argv.addAll(List.of("--state-dir", stateDir.toString()));
        return CliRun.of(argv.toArray(String[]::new));
    }

    /** {@code berth plan --detailed-exitcode} says the hosts match the stack. */
    void assertNoChanges() {
        CliRun plan = berth("plan", "STACK", "--detailed-exitcode");
        assertEquals(0, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains("No changes."), plan::toString);
    }

    /** {@code berth apply STACK --auto-approve} in a JVM of its own, to be killed; output in the test's folder. */
    Process applyInChildJvm(String name) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Files.createDirectories(folder);
            return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", classPath, "dev.berth.cli.Main", "apply", folder.toString(),
                    "--auto-approve", "--state-dir", stateDir.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(folder.resolve(name + ".out").toFile()).redirectError(folder.resolve(name + ".err").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM for berth apply", e);
        }
    }

    String childOutput(String name) {
        try {
            return Files.readString(folder.resolve(name + ".out")) + Files.readString(folder.resolve(name + ".err"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest journal under the state folder, if an apply has written one. */
    Path journal() {
        try (Stream<Path> files = Files.list(stateDir.resolve("journal"))) {
            return files.filter(file -> file.toString().endsWith(".jsonl")).max(Path::compareTo).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many steps the newest journal records as finished (0 before it exists). */
    long finishedSteps() {
        if (!Files.isDirectory(stateDir.resolve("journal"))) return 0;
        try (Stream<Path> files = Files.list(stateDir.resolve("journal"))) {
            if (files.findAny().isEmpty()) return 0;
            return Files.readAllLines(journal()).stream().filter(line -> line.contains("\"phase\":\"finished\"")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** host -> its real {@code lvs}, {@code vgs} and {@code pvs} JSON reports, all fields but the volatile ones. */
    Map<Integer, JsonNode> lvmReports() {
        Map<Integer, JsonNode> reports = new TreeMap<>();
        for (int host = 1; host <= 3; host++) {
            ObjectNode report = JSON.createObjectNode();
            for (String tool : List.of("lvs", "vgs", "pvs")) {
                String field = tool.substring(0, 2) + "_all";
                JsonNode parsed = JSON.readTree(ok(hosts.ssh(host, tool + " --reportformat json --units b -a -o " + field)));
                withoutVolatileFields(parsed);
                report.set(tool, parsed);
            }
            reports.put(host, report);
        }
        return reports;
    }

    /** name -> size in bytes of host N's LVs that carry Berth's tag, from the real {@code lvs}. */
    Map<String, Long> markedVolumes(int host) {
        JsonNode report = JSON.readTree(ok(hosts.ssh(host, "lvs --reportformat json --units b --nosuffix -o lv_name,lv_size,lv_tags vg_berth")));
        Map<String, Long> volumes = new TreeMap<>();
        for (JsonNode volume : report.path("report").get(0).path("lv")) {
            if (List.of(volume.path("lv_tags").asString().split(",")).contains("berth")) {
                volumes.put(volume.path("lv_name").asString(), Long.parseLong(volume.path("lv_size").asString()));
            }
        }
        return volumes;
    }

    /** Stops ({@code STOP}) or continues ({@code CONT}) a child process, as a real signal. */
    static void signal(Process process, String signal) {
        ok(RealHosts.run(List.of("kill", "-" + signal, Long.toString(process.pid())), Map.of(), 30));
    }

    /** Takes down and removes everything an apply may have left on the hosts, so each test starts from bare pools. */
    static void reset(RealHosts hosts) {
        for (int host = 1; host <= 3; host++) {
            ok(hosts.ssh(host, "drbdadm down all >/dev/null 2>&1; rm -f /etc/drbd.d/*.res; "
                    + "lvremove -qq -y -S 'lv_tags=berth' vg_berth >/dev/null 2>&1; rm -rf /var/lib/berth/*; : > /run/drbd-standin/faults; "
                    + "test -z \"$(lvs --noheadings -o lv_name vg_berth 2>/dev/null)\""));
        }
    }

    static String ok(RealHosts.Run run) {
        assertEquals(0, run.exitCode(), run::toString);
        return run.stdout();
    }

    private static void withoutVolatileFields(JsonNode node) {
        if (node instanceof ObjectNode object) VOLATILE.forEach(object::remove);
        for (JsonNode child : node) withoutVolatileFields(child);
    }
}
