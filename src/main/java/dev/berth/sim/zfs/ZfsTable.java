package dev.berth.sim.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table form of {@code zfs list}, {@code zfs get}, {@code zpool list} and {@code zpool get}:
 * with {@code -H} no header and one TAB between fields (what scripts read); without it an
 * upper-case header and columns two spaces apart, numeric properties aligned right with their
 * heading, the last column unpadded.
 */
final class ZfsTable {
    private ZfsTable() {}

    /** Properties printed as numbers: aligned right, heading included (zfs_main.c print_header). */
    private static final java.util.Set<String> NUMERIC = java.util.Set.of("used", "available", "avail", "referenced", "refer", "volsize",
            "volblocksize", "refreservation", "reservation", "written", "logicalused", "logicalreferenced", "usedbyrefreservation",
            "size", "alloc", "allocated", "free", "cap", "capacity", "frag", "fragmentation", "dedup", "dedupratio", "value");

    static String render(List<String> columns, List<List<String>> rows, boolean scripted) {
        StringBuilder text = new StringBuilder();
        if (scripted) {
            for (List<String> row : rows) text.append(String.join("\t", row)).append('\n');
            return text.toString();
        }
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(pad(columns.get(c).toUpperCase(Locale.ROOT), widths[c], NUMERIC.contains(columns.get(c)), c + 1 == columns.size()));
        }
        text.append(String.join("  ", header)).append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) cells.add(pad(row.get(c), widths[c], NUMERIC.contains(columns.get(c)), c + 1 == columns.size()));
            text.append(String.join("  ", cells)).append('\n');
        }
        return text.toString();
    }

    private static String pad(String value, int width, boolean right, boolean last) {
        String padding = " ".repeat(Math.max(0, width - value.length()));
        if (right) return padding + value;
        return last ? value : value + padding;
    }
}
