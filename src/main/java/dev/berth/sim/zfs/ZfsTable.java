package dev.berth.sim.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table form of {@code zfs list}, {@code zfs get}, {@code zpool list} and {@code zpool get}:
 * with {@code -H} no header and one TAB between fields (what scripts read); without it an
 * upper-case header and columns two spaces apart, numbers aligned right.
 */
final class ZfsTable {
    private ZfsTable() {}

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
        for (int c = 0; c < columns.size(); c++) header.add(pad(columns.get(c).toUpperCase(Locale.ROOT), widths[c], false, c + 1 == columns.size()));
        text.append(String.join("  ", header)).append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) cells.add(pad(row.get(c), widths[c], numeric(row.get(c)), c + 1 == columns.size()));
            text.append(String.join("  ", cells)).append('\n');
        }
        return text.toString();
    }

    private static boolean numeric(String value) {
        return value.matches("-|[0-9.]+[BKMGTPE%x]?");
    }

    private static String pad(String value, int width, boolean right, boolean last) {
        String padding = " ".repeat(Math.max(0, width - value.length()));
        if (right) return padding + value;
        return last ? value : value + padding;
    }
}
