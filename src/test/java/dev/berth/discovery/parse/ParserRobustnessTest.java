package dev.berth.discovery.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.berth.discovery.DiscoveryCommands;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.observed.ObservedHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A seeded-random property: whatever a host prints (fixtures cut, with characters dropped,
 * inserted or replaced, with any exit code), no parser throws, and every failure names the host,
 * the command and a line inside the output. The seed is fixed so a failure is reproducible; the
 * message names the case.
 */
class ParserRobustnessTest {
    private static final long SEED = 20261125L;
    private static final int MUTATIONS = 150;
    private static final String NOISE = "{}[],:\"\t\n\0 0123456789.-aZ\\€";
    private static final int[] EXITS = {0, 0, 0, 1, 2, 5, 8, 20, 127};

    private record Case(Command command, String tool, String file, Function<CommandOutput, Parsed<?>> parser) {}

    private static final List<Case> CASES = List.of(
            new Case(DiscoveryCommands.LOGICAL_VOLUMES, "lvs", "contract-two-vgs.json", LvsReportParser::parse),
            new Case(DiscoveryCommands.VOLUME_GROUPS, "vgs", "two-vgs.json", VgsReportParser::parse),
            new Case(DiscoveryCommands.PHYSICAL_VOLUMES, "pvs", "one-vg-two-orphans.json", PvsReportParser::parse),
            new Case(DiscoveryCommands.BLOCK_DEVICES, "lsblk", "selected-columns.json", LsblkParser::parse),
            new Case(DiscoveryCommands.deviceSignatures("/dev/loop0"), "blkid", "lvm-pv-probe.txt", BlkidProbeParser::parse),
            new Case(DiscoveryCommands.ZPOOLS, "zpool", "constructed-list.txt", ZpoolListParser::parse),
            new Case(DiscoveryCommands.ZFS_DATASETS, "zfs", "constructed-list.txt", ZfsListParser::parse),
            new Case(DiscoveryCommands.DRBDADM_VERSION, "drbdadm", "version.txt", DrbdadmVersionParser::parse),
            new Case(DiscoveryCommands.DRBD_CONFIG, "drbdadm", "dump-all.alpha.txt", DrbdadmDumpParser::parse),
            new Case(DiscoveryCommands.DRBD_KERNEL_CONFIG, "drbdsetup", "constructed-show-3node-paths.json", DrbdsetupShowParser::parse),
            new Case(DiscoveryCommands.DRBD_STATUS, "drbdsetup", "constructed-status-resync.json", DrbdsetupStatusParser::parse),
            new Case(DiscoveryCommands.RESOURCE_FILES, "find", "resource-files.bin", ResourceFilesParser::parse),
            new Case(DiscoveryCommands.LVM_VERSION, "lvm", "version.txt", LvmVersionParser::parse));

    @Test
    void noParserThrowsAndEveryFailureIsPlaced() {
        Random random = new Random(SEED);
        for (Case c : CASES) {
            String original = Fixtures.required(c.tool(), c.file());
            for (int i = 0; i < MUTATIONS; i++) {
                String mutated = mutate(original, random);
                int exit = EXITS[random.nextInt(EXITS.length)];
                CommandOutput output = CommandOutput.of(Fixtures.HOST, c.command(), exit, mutated, random.nextBoolean() ? "" : "warning\n");
                String where = c.file() + " mutation " + i + " exit " + exit;
                Parsed<?> parsed;
                try {
                    parsed = c.parser().apply(output);
                } catch (RuntimeException thrown) {
                    throw new AssertionError(where + " threw " + thrown + "\n" + mutated, thrown);
                }
                parsed.diagnostic().ifPresent(diagnostic -> {
                    assertTrue(diagnostic.format().contains(Fixtures.HOST + ": " + c.command().shellQuoted()), where);
                    diagnostic.position().ifPresent(p -> assertTrue(p.line() <= mutated.lines().count() + 1, where + ": line " + p.line()));
                });
            }
        }
    }

    @Test
    void theHostInventoryNeverThrowsAndStaysReachable() {
        Random random = new Random(SEED + 1);
        List<String> devices = List.of("/dev/loop0", "/dev/nosuchdev");
        for (int i = 0; i < MUTATIONS; i++) {
            HostBatch batch = new HostBatch(devices);
            List<CommandResult> results = new ArrayList<>(batch.results());
            for (int n = 0; n < 3; n++) {
                int victim = random.nextInt(results.size());
                CommandResult was = results.get(victim);
                results.set(victim, new CommandResult(EXITS[random.nextInt(EXITS.length)], mutate(was.stdout(), random), was.stderr()));
            }
            ObservedHost host = HostInventoryParser.parse("alpha", Optional.of("vm"), batch.commands, results);
            assertTrue(host.isReachable(), "mutation " + i);
        }
    }

    private static String mutate(String text, Random random) {
        if (text.isEmpty()) return random.nextBoolean() ? "" : String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
        StringBuilder out = new StringBuilder(text);
        int position = random.nextInt(out.length());
        switch (random.nextInt(4)) {
            case 0 -> out.setLength(position);
            case 1 -> out.deleteCharAt(position);
            case 2 -> out.insert(position, NOISE.charAt(random.nextInt(NOISE.length())));
            default -> out.setCharAt(position, NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return out.toString();
    }
}
