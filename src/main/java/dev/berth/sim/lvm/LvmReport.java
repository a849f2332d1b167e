package dev.berth.sim.lvm;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a report the way lvm2 2.03.16 does (see fixtures/lvs, vgs, pvs): {@code --reportformat
 * json} with its fixed indentation, one object per line and {@code ", "} between pairs; or text,
 * either aligned columns (headings left-aligned, numbers right-aligned, minimum widths from lvm2)
 * or {@code --separator}-joined values, each line indented by two spaces.
 */
final class LvmReport {
    /** How to print: JSON or text, headings, separator (null for aligned), units and suffix. */
    record Format(boolean json, boolean headings, String separator, char unit, boolean suffix) {}

    private LvmReport() {}

    static String render(String section, List<LvmField> fields, List<ReportRow> rows, Format format) {
        List<List<String>> cells = new ArrayList<>();
        for (ReportRow row : rows) {
            List<String> line = new ArrayList<>();
            for (LvmField field : fields) line.add(field.read().apply(row).render(format.unit(), format.suffix()));
            cells.add(line);
        }
        return format.json() ? json(section, fields, cells) : text(fields, cells, format);
    }

    /** What {@code lvs --reportformat json} prints when a field name is unknown: a report with no sections. */
    static String emptyJson() {
        return "  {\n      \"report\": [\n      ]\n  }\n";
    }

    private static String json(String section, List<LvmField> fields, List<List<String>> cells) {
        StringBuilder text = new StringBuilder("  {\n      \"report\": [\n          {\n");
        text.append("              \"").append(section).append("\": [\n");
        for (int r = 0; r < cells.size(); r++) {
            text.append("                  {");
            for (int f = 0; f < fields.size(); f++) {
                if (f > 0) text.append(", ");
                text.append('"').append(fields.get(f).name()).append("\":\"").append(escape(cells.get(r).get(f))).append('"');
            }
            text.append(r + 1 < cells.size() ? "},\n" : "}\n");
        }
        return text.append("              ]\n          }\n      ]\n  }\n").toString();
    }

    private static String text(List<LvmField> fields, List<List<String>> cells, Format format) {
        // lvm2 prints no headings over an empty text report (captured: lvs with no LVs prints nothing)
        if (cells.isEmpty()) return "";
        StringBuilder text = new StringBuilder();
        if (format.separator() != null) {
            if (format.headings()) text.append("  ").append(String.join(format.separator(), fields.stream().map(LvmField::heading).toList())).append('\n');
            for (List<String> line : cells) text.append("  ").append(String.join(format.separator(), line)).append('\n');
            return text.toString();
        }
        int[] widths = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            widths[f] = Math.max(fields.get(f).width(), format.headings() ? fields.get(f).heading().length() : 0);
            for (List<String> line : cells) widths[f] = Math.max(widths[f], line.get(f).length());
        }
        if (format.headings()) {
            List<String> headings = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) headings.add(pad(fields.get(f).heading(), widths[f], false));
            text.append("  ").append(String.join(" ", headings)).append('\n');
        }
        for (List<String> line : cells) {
            List<String> padded = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) padded.add(pad(line.get(f), widths[f], fields.get(f).rightAligned()));
            text.append("  ").append(String.join(" ", padded)).append('\n');
        }
        return text.toString();
    }

    private static String pad(String value, int width, boolean right) {
        String padding = " ".repeat(Math.max(0, width - value.length()));
        return right ? padding + value : value + padding;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
