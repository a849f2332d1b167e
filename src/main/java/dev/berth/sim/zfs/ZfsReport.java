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
 * {@code zfs list [-H] [-p] [-r] [-t TYPES] [-o PROPS] [NAME...]} and
 * {@code zfs get [-H] [-p] [-o FIELDS] PROPS NAME...}: discovery's and LINSTOR's reads. Datasets
 * come in hierarchy order (a parent before its children).
 */
final class ZfsReport {
    /** Parent before children, siblings by name: compare the names component by component. */
    static final Comparator<ZfsState.Dataset> HIERARCHY = (a, b) -> {
        String[] left = a.name.split("/");
        String[] right = b.name.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].compareTo(right[i]);
            if (order != 0) return order;
        }
        return Integer.compare(left.length, right.length);
    };

    private ZfsReport() {}

    static CommandResult list(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("scripted", "-H").flag("parsable", "-p").flag("recursive", "-r")
                    .value("types", "-t").value("columns", "-o").value("depth", "-d").value("sort", "-s"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        List<String> columns = Arrays.asList(args.value("columns").orElse("name,used,avail,refer,mountpoint").split(","));
        List<String> types = Arrays.asList(args.value("types").orElse("filesystem,volume").split(","));
        ZfsAccounting accounting = new ZfsAccounting(host, state);
        List<ZfsState.Dataset> selected = new ArrayList<>();
        for (String name : args.positional()) {
            Optional<ZfsState.Dataset> dataset = state.dataset(name);
            if (dataset.isEmpty()) return CommandResult.failed(1, "cannot open '" + name + "': dataset does not exist\n");
            selected.add(dataset.get());
            if (args.has("recursive") || args.has("depth")) selected.addAll(state.descendants(name));
        }
        if (args.positional().isEmpty()) selected.addAll(state.datasets);
        List<List<String>> rows = new ArrayList<>();
        for (ZfsState.Dataset dataset : selected.stream().distinct().sorted(HIERARCHY).toList()) {
            if (!types.contains("all") && !types.contains(dataset.type)) continue;
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                Optional<String> value = ZfsProperties.value(accounting, dataset, column, args.has("parsable"));
                if (value.isEmpty()) return CommandResult.failed(2, "bad property list: invalid property '" + column + "'\n");
                row.add(value.get());
            }
            rows.add(row);
        }
        if (rows.isEmpty() && !args.has("scripted")) return CommandResult.ok("no datasets available\n");
        return CommandResult.ok(ZfsTable.render(columns, rows, args.has("scripted")));
    }

    static CommandResult get(SimHost host, ZfsState state, List<String> words) {
        Arguments args;
        try {
            args = Arguments.parse(words, new Arguments.Spec().flag("scripted", "-H").flag("parsable", "-p").value("fields", "-o")
                    .flag("recursive", "-r").value("types", "-t"));
        } catch (Arguments.Invalid invalid) {
            return CommandResult.failed(2, invalid.getMessage() + "\n");
        }
        if (args.positional().isEmpty()) return CommandResult.failed(2, "missing property argument\n");
        List<String> fields = Arrays.asList(args.value("fields").orElse("name,property,value,source").split(","));
        List<String> properties = Arrays.asList(args.positional().get(0).split(","));
        List<String> names = args.positional().subList(1, args.positional().size());
        ZfsAccounting accounting = new ZfsAccounting(host, state);
        List<ZfsState.Dataset> datasets = new ArrayList<>();
        for (String name : names) {
            Optional<ZfsState.Dataset> dataset = state.dataset(name);
            if (dataset.isEmpty()) return CommandResult.failed(1, "cannot open '" + name + "': dataset does not exist\n");
            datasets.add(dataset.get());
            if (args.has("recursive")) datasets.addAll(state.descendants(name));
        }
        if (names.isEmpty()) datasets.addAll(state.datasets);
        List<List<String>> rows = new ArrayList<>();
        for (ZfsState.Dataset dataset : datasets.stream().distinct().sorted(HIERARCHY).toList()) {
            for (String property : properties) {
                Optional<String> value = ZfsProperties.value(accounting, dataset, property, args.has("parsable"));
                if (value.isEmpty()) return CommandResult.failed(2, "bad property list: invalid property '" + property + "'\n");
                List<String> row = new ArrayList<>();
                for (String field : fields) {
                    row.add(switch (field) {
                        case "name" -> dataset.name;
                        case "property" -> property;
                        case "value" -> value.get();
                        case "received" -> "-";
                        default -> ZfsProperties.source(dataset, property);
                    });
                }
                rows.add(row);
            }
        }
        return CommandResult.ok(ZfsTable.render(fields, rows, args.has("scripted")));
    }
}
