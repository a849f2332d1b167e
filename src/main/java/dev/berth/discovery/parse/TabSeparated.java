package dev.berth.discovery.parse;

import dev.berth.model.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scripted output of {@code zpool list -H -p -o ...} and {@code zfs list -H -p -o ...}: no
 * header, one TAB between fields, exact numbers. The column names come from the command's own
 * {@code -o} list, so fields are looked up by name and a different order cannot shift them.
 */
final class TabSeparated {
    /** One field: its text and the 1-based column where it starts, for diagnostics. */
    record Field(String text, int column) {}

    /** One line: its 1-based number and its fields by column name. */
    record Row(int line, Map<String, Field> fields) {
        Field field(String name) { return fields.get(name); }

        /** The text of the first of {@code names} that the row has (zpool spells {@code alloc} or {@code allocated}). */
        Field any(String... names) throws BadOutput {
            for (String name : names) {
                if (fields.containsKey(name)) return fields.get(name);
            }
            throw BadOutput.atLine(line, 1, "no column " + String.join(" or ", names) + " in the -o list");
        }

        Size bytes(Field field, String what) throws BadOutput {
            if (!field.text().matches("[0-9]{1,19}")) {
                throw BadOutput.atLine(line, field.column(), "expected a byte count for " + what + ", found \"" + field.text() + "\"");
            }
            try {
                return Size.ofBytes(Long.parseLong(field.text()));
            } catch (NumberFormatException tooBig) {
                throw BadOutput.atLine(line, field.column(), what + " out of range: " + field.text());
            }
        }

        /** A byte count, or empty for ZFS's {@code -} (not applicable) and {@code none}. */
        Optional<Size> optionalBytes(Field field, String what) throws BadOutput {
            if (field.text().equals("-") || field.text().equals("none")) return Optional.empty();
            return Optional.of(bytes(field, what));
        }
    }

    private TabSeparated() {}

    static List<String> columns(CommandOutput output) {
        List<String> argv = output.command().argv();
        int option = argv.indexOf("-o");
        if (option < 0 || option + 1 >= argv.size()) return List.of();
        return List.of(argv.get(option + 1).split(","));
    }

    static List<Row> rows(CommandOutput output) throws BadOutput {
        List<String> columns = columns(output);
        if (columns.isEmpty()) throw BadOutput.atLine(1, 1, "the command has no -o column list to read its fields by");
        List<Row> rows = new ArrayList<>();
        List<String> lines = output.stdout().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) continue;
            String[] texts = line.split("\t", -1);
            if (texts.length != columns.size()) {
                throw BadOutput.atLine(i + 1, 1, "expected " + columns.size() + " tab-separated fields ("
                        + String.join(",", columns) + "), found " + texts.length);
            }
            Map<String, Field> fields = new HashMap<>();
            int column = 1;
            for (int c = 0; c < texts.length; c++) {
                fields.put(columns.get(c), new Field(texts[c], column));
                column += texts[c].length() + 1;
            }
            rows.add(new Row(i + 1, fields));
        }
        return rows;
    }

    /** Runs {@code reader} and turns its complaint into a diagnostic at the line and column it names. */
    static <T> Parsed<T> read(CommandOutput output, Reader<T> reader) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        try {
            return Parsed.value(reader.read(rows(output)));
        } catch (BadOutput bad) {
            return Parsed.unreadable(OutputProblem.at(output, bad.line(), bad.column(), bad.getMessage()));
        }
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(List<Row> rows) throws BadOutput;
    }
}
