package dev.berth.discovery.parse;

import dev.berth.drbd.ConfigProblem;
import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ParsedResource;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.observed.ConfiguredResource;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code drbdadm dump all}: every resource of the configuration as drbdadm reads it (includes
 * resolved, node-ids present, which dump-xml lacks), read through the drbd model's
 * {@link ResourceFileParser}.
 *
 * <p>The dump is cut into one piece per resource and each piece is read on its own: one
 * resource Berth cannot model (a LINSTOR file lists only this host's connections; per-volume
 * disk options) must not hide the others. A piece keeps every line of the dump except the other
 * resources' blocks, which are blanked, so {@code common} still applies and line numbers in a
 * problem are the dump's own. drbdadm prints {@code resource NAME {} at the start of a line
 * and the closing brace alone on a line; the comments before it say whether this host is in the
 * resource ({@code # resource r0 on alpha: not ignored, not stacked}) and where it is defined.
 */
public final class DrbdadmDumpParser {
    private static final Pattern START = Pattern.compile("^resource\\s+\"?([^\"\\s{]+)\"?\\s*\\{\\s*$");
    private static final Pattern IGNORED = Pattern.compile("^# resource \\S+ on \\S+: (ignored|not ignored)");
    private static final Pattern DEFINED_AT = Pattern.compile("^# defined at (.+)$");

    /** Lines {@code start}..{@code end} (0-based, inclusive) hold resource {@code name}. */
    private record Block(String name, int start, int end, boolean ignored, Optional<String> definedAt) {}

    private DrbdadmDumpParser() {}

    public static Parsed<List<ConfiguredResource>> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        List<String> lines = output.stdout().lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (!start.matches()) continue;
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals("}")) end++;
            if (end == lines.size()) return Parsed.unreadable(OutputProblem.at(output, i + 1, 1, "resource block without its closing '}'"));
            blocks.add(new Block(start.group(1), i, end, comment(lines, i, IGNORED).map("ignored"::equals).orElse(false),
                    comment(lines, i, DEFINED_AT)));
            i = end;
        }
        List<ConfiguredResource> resources = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (Block block : blocks) {
            ConfiguredResource resource = read(lines, blocks, block);
            resource.notModelledBecause().ifPresent(why -> notes.add(new Finding(FindingKind.RESOURCE_NOT_MODELLED,
                    "resource " + block.name() + ": " + why, output.command())));
            resources.add(resource);
        }
        resources.sort(Comparator.comparing(ConfiguredResource::name));
        return Parsed.value(resources, notes);
    }

    private static ConfiguredResource read(List<String> lines, List<Block> blocks, Block block) {
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            final int line = i;
            boolean otherResource = blocks.stream().anyMatch(b -> b != block && line >= b.start() && line <= b.end());
            piece.append(otherResource ? "" : lines.get(i)).append('\n');
        }
        ParseResult result;
        try {
            result = ResourceFileParser.parse(piece.toString());
        } catch (RuntimeException modelRefused) {
            // The drbd model reports problems as values; this guards discovery against one that slips through.
            return ConfiguredResource.notModelled(block.name(), block.ignored(), block.definedAt(), String.valueOf(modelRefused.getMessage()));
        }
        if (result.problem().isPresent()) {
            ConfigProblem problem = result.problem().get();
            return ConfiguredResource.notModelled(block.name(), block.ignored(), block.definedAt(),
                    "line " + problem.line() + ", column " + problem.column() + ": " + problem.message());
        }
        Optional<ParsedResource> parsed = result.resources().stream()
                .filter(r -> r.resource().name().equals(block.name())).findFirst();
        if (parsed.isEmpty()) {
            return ConfiguredResource.notModelled(block.name(), block.ignored(), block.definedAt(), "not read as a resource");
        }
        return ConfiguredResource.modelled(block.name(), block.ignored(), block.definedAt(), DrbdConfigMirror.of(parsed.get()));
    }

    /** The value of a comment drbdadm prints in the lines just above a resource block. */
    private static Optional<String> comment(List<String> lines, int start, Pattern pattern) {
        for (int i = start - 1; i >= 0 && lines.get(i).startsWith("#"); i--) {
            Matcher m = pattern.matcher(lines.get(i));
            if (m.find()) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
