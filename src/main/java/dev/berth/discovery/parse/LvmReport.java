package dev.berth.discovery.parse;

import dev.berth.model.Size;
import dev.berth.observed.Finding;
import dev.berth.observed.FindingKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code pvs}, {@code vgs} and {@code lvs} share: the {@code --reportformat json} layout
 * ({@code {"report":[{"lv":[{...}]}]}}, every value a STRING), exit codes, and fields read by
 * name so that extra columns and a different column order do not matter.
 *
 * <p>Exit 5 with a valid report is LVM's answer for a name that does not exist, and the report
 * then holds the rows that do. That is only harmless when the command named something: the
 * discovery commands name nothing, and for them exit 5 means a volume group could not be
 * read, so its volumes would be missing from a report that looks complete. It is then a failure.
 */
final class LvmReport {
    /** LVM options that take a value: the word after them is not a name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--reportformat", "--units", "-o", "--options",
            "-O", "--sort", "--config", "-S", "--select", "--separator", "--configreport", "--nameprefixes");
    static final int EXIT_NOT_FOUND = 5;

    @FunctionalInterface
    interface RowReader<T> {
        T read(JsonValue row) throws BadOutput;
    }

    private LvmReport() {}

    static <T> Parsed<List<T>> read(CommandOutput output, String key, RowReader<T> reader) {
        int exit = output.exitCode();
        boolean notFoundIsFine = exit == EXIT_NOT_FOUND && namesSomething(output);
        if (exit != 0 && !notFoundIsFine) return Parsed.commandFailed(OutputProblem.failed(output));
        Parsed<List<T>> parsed = JsonOutput.read(output, root -> rows(root, key, reader));
        if (!notFoundIsFine || !parsed.succeeded()) return parsed;
        String message = "exit code 5 (a named object does not exist): " + String.join("; ", errorLines(output.stderr()));
        return Parsed.value(parsed.value().orElseThrow(), List.of(new Finding(FindingKind.TOOL_EXIT_IGNORED, message, output.command())));
    }

    private static <T> List<T> rows(JsonValue root, String key, RowReader<T> reader) throws BadOutput {
        List<T> rows = new ArrayList<>();
        // lvm.conf may add a "log" report beside "report"; only the rows under "report" matter.
        for (JsonValue report : root.field("report").elements()) {
            Optional<JsonValue> list = report.optionalField(key);
            if (list.isEmpty()) continue;
            for (JsonValue row : list.get().elements()) {
                row.requireObject();
                rows.add(reader.read(row));
            }
        }
        return rows;
    }

    static boolean namesSomething(CommandOutput output) {
        List<String> argv = output.command().argv();
        for (int i = 1; i < argv.size(); i++) {
            String word = argv.get(i);
            if (!word.startsWith("-") && !OPTIONS_WITH_VALUE.contains(argv.get(i - 1))) return true;
        }
        return false;
    }

    /** stderr without LVM's warning lines: the errors worth repeating. */
    static List<String> errorLines(String stderr) {
        return stderr.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("WARNING:")).toList();
    }

    static String text(JsonValue row, String field) throws BadOutput { return row.field(field).string(); }

    /** A string column that may be missing (an older column list) or empty (LVM's "not set"). */
    static Optional<String> optionalText(JsonValue row, String field) throws BadOutput {
        Optional<JsonValue> value = row.optionalField(field);
        if (value.isEmpty()) return Optional.empty();
        String text = value.get().string();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A byte count as {@code --units b --nosuffix} prints it. */
    static Size bytes(JsonValue row, String field) throws BadOutput {
        return Size.ofBytes(number(row.field(field)));
    }

    static long count(JsonValue row, String field) throws BadOutput { return number(row.field(field)); }

    /** A count that fits an int (PVs, LVs in a group). */
    static int smallCount(JsonValue row, String field) throws BadOutput {
        long count = count(row, field);
        if (count > Integer.MAX_VALUE) throw row.field(field).problem("count out of range at " + row.field(field).pointer());
        return (int) count;
    }

    private static long number(JsonValue value) throws BadOutput {
        String text = value.string();
        if (!text.matches("[0-9]{1,18}")) throw value.problem("expected a whole number at " + value.pointer() + ", found \"" + text + "\"");
        return Long.parseLong(text);
    }

    /** {@code data_percent} and {@code metadata_percent}: {@code "12.50"}, or {@code ""} where they do not apply. */
    static Optional<BigDecimal> percent(JsonValue row, String field) throws BadOutput {
        Optional<JsonValue> value = row.optionalField(field);
        if (value.isEmpty() || value.get().string().isEmpty()) return Optional.empty();
        String text = value.get().string();
        if (!text.matches("[0-9]{1,3}(\\.[0-9]+)?")) {
            throw value.get().problem("expected a percentage at " + value.get().pointer() + ", found \"" + text + "\"");
        }
        return Optional.of(new BigDecimal(text));
    }

    /** {@code lv_tags}, {@code vg_tags}: one comma-joined string. */
    static List<String> tags(JsonValue row, String field) throws BadOutput {
        Optional<String> joined = optionalText(row, field);
        if (joined.isEmpty()) return List.of();
        return List.of(joined.get().split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
