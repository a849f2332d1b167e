package dev.berth.sim.zfs;

import dev.berth.model.CommandResult;
import dev.berth.sim.Arguments;
import dev.berth.sim.SimHost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code zpool list [-H] [-p] [-o PROPS] [POOL...]} (discovery: {@code -H -p -o name,size,alloc,free,health})
 * and {@code zpool get [-H] [-p] [-o FIELDS] PROPS POOL...} (LINSTOR: {@code zpool get size -Hp POOL}).
 */
final class ZpoolReport {
    private ZpoolReport() {}

    static CommandResult list(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("scripted", "-H").flag("parsable", "-p").value("columns", "-o")
                    .flag("verbose", "-v"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        List<String> columns = Arrays.asList(args.value("columns")
                .orElse("name,size,alloc,free,ckpoint,expandsz,frag,cap,dedup,health,altroot").split(","));
        List<ZfsState.Pool> pools = pools(state, args.positional());
        if (pools == null) return CommandResult.failed(1, "cannot open '" + missing(state, args.positional()) + "': no such pool\n");
        List<List<String>> rows = new ArrayList<>();
        for (ZfsState.Pool pool : pools) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                Optional<String> value = value(host, state, pool, column, args.has("parsable"));
                if (value.isEmpty()) return CommandResult.failed(2, "property '" + column + "' is not a valid pool property\n");
                row.add(value.get());
            }
            rows.add(row);
        }
        if (rows.isEmpty() && !args.has("scripted")) return CommandResult.ok("no pools available\n");
        return CommandResult.ok(ZfsTable.render(columns, rows, args.has("scripted")));
    }

    static CommandResult get(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("scripted", "-H").flag("parsable", "-p").value("fields", "-o"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        if (args.positional().isEmpty()) return CommandResult.failed(2, "missing property argument\n");
        List<String> fields = Arrays.asList(args.value("fields").orElse("name,property,value,source").split(","));
        List<String> properties = Arrays.asList(args.positional().get(0).split(","));
        List<String> names = args.positional().subList(1, args.positional().size());
        List<ZfsState.Pool> pools = pools(state, names);
        if (pools == null) return CommandResult.failed(1, "cannot open '" + missing(state, names) + "': no such pool\n");
        List<List<String>> rows = new ArrayList<>();
        for (ZfsState.Pool pool : pools) {
            for (String property : properties) {
                Optional<String> value = value(host, state, pool, property, args.has("parsable"));
                if (value.isEmpty()) return CommandResult.failed(2, "bad property list: invalid property '" + property + "'\n");
                List<String> row = new ArrayList<>();
                for (String field : fields) row.add(switch (field) {
                    case "name" -> pool.name;
                    case "property" -> property;
                    case "value" -> value.get();
                    default -> "-";
                });
                rows.add(row);
            }
        }
        return CommandResult.ok(ZfsTable.render(fields, rows, args.has("scripted")));
    }

    /** The named pools in name order, all pools when none are named, null when a name is unknown. */
    private static List<ZfsState.Pool> pools(ZfsState state, List<String> names) {
        if (names.isEmpty()) return state.pools.stream().sorted(Comparator.comparing(p -> p.name)).toList();
        if (!missing(state, names).isEmpty()) return null;
        return names.stream().map(n -> state.pool(n).orElseThrow()).toList();
    }

    private static String missing(ZfsState state, List<String> names) {
        return names.stream().filter(n -> state.pool(n).isEmpty()).findFirst().orElse("");
    }

    private static Optional<String> value(SimHost host, ZfsState state, ZfsState.Pool pool, String property, boolean parsable) {
        ZfsAccounting accounting = new ZfsAccounting(host, state);
        long size = accounting.size(pool);
        long allocated = accounting.allocated(pool);
        return Optional.ofNullable(switch (property) {
            case "name" -> pool.name;
            case "size" -> ZfsProperties.number(size, parsable);
            case "alloc", "allocated" -> ZfsProperties.number(allocated, parsable);
            case "free" -> ZfsProperties.number(accounting.free(pool), parsable);
            case "cap", "capacity" -> (size == 0 ? 0 : allocated * 100 / size) + (parsable ? "" : "%");
            case "frag", "fragmentation" -> parsable ? "0" : "0%";
            case "dedup", "dedupratio" -> parsable ? "1.00" : "1.00x";
            case "health" -> "ONLINE";
            case "guid" -> pool.guid;
            case "altroot", "ckpoint", "checkpoint", "expandsz", "expandsize" -> "-";
            default -> null;
        });
    }
}
