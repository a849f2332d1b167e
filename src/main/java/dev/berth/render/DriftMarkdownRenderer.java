package dev.berth.render;

import dev.berth.drift.DriftItem;
import dev.berth.drift.DriftReport;
import dev.berth.drift.HostApply;
import dev.berth.drift.IgnoredDrift;
import dev.berth.drift.Origin;
import dev.berth.plan.Unmanaged;

import java.util.List;

/**
 * {@code berth drift --format markdown}: for an issue or a pull request comment. A table of the
 * hosts' last applies, one table per origin section, the muted differences with their reasons and
 * the unmanaged objects in a collapsed block. Cells are escaped so a value cannot break the table.
 */
public final class DriftMarkdownRenderer {
    private final StringBuilder out = new StringBuilder();

    private DriftMarkdownRenderer() {}

    public static String render(DriftReport report) {
        DriftMarkdownRenderer renderer = new DriftMarkdownRenderer();
        StringBuilder out = renderer.out;
        out.append("## Drift of `").append(report.stack()).append("`\n\n");
        out.append(report.hasDrift() ? "**Drift found:** " : "**No drift:** ").append(report.summary()).append(".\n\n");
        out.append("| host | last apply |\n|---|---|\n");
        for (HostApply host : report.hosts()) {
            out.append("| ").append(cell(host.node())).append(" | ").append(cell(DriftTextRenderer.lastApply(host))).append(" |\n");
        }
        out.append('\n');
        for (Origin origin : Origin.values()) renderer.section(origin, report.drift(origin));
        renderer.ignored(report.ignored());
        renderer.unmanaged(report.unmanaged());
        return out.toString();
    }

    private void section(Origin origin, List<DriftItem> items) {
        if (items.isEmpty()) return;
        out.append("### ").append(DriftTextRenderer.capitalised(origin.heading())).append(" (").append(items.size()).append(")\n\n");
        out.append("| kind | address | field | expected | actual | action |\n|---|---|---|---|---|---|\n");
        for (DriftItem item : items) {
            out.append("| ").append(item.kind().spelling()).append(" | `").append(item.address()).append("` | ").append(cell(item.field()))
                    .append(" | ").append(cell(item.expected())).append(" | ").append(cell(item.actual())).append(" | ")
                    .append(cell(item.action())).append(" |\n");
        }
        out.append('\n');
    }

    private void ignored(List<IgnoredDrift> ignored) {
        if (ignored.isEmpty()) return;
        out.append("### Ignored by driftIgnore (").append(ignored.size()).append(")\n\n");
        out.append("| address | field | expected | actual | muted by | reason |\n|---|---|---|---|---|---|\n");
        for (IgnoredDrift muted : ignored) {
            DriftItem item = muted.item();
            out.append("| `").append(item.address()).append("` | ").append(cell(item.field())).append(" | ").append(cell(item.expected()))
                    .append(" | ").append(cell(item.actual())).append(" | `").append(muted.glob()).append("` | ")
                    .append(cell(muted.reason())).append(" |\n");
        }
        out.append('\n');
    }

    private void unmanaged(List<Unmanaged> unmanaged) {
        if (unmanaged.isEmpty()) return;
        out.append("<details><summary>Unmanaged: ").append(unmanaged.size())
                .append(" (no Berth marker; for information, never drift)</summary>\n\n| host | kind | name | detail |\n|---|---|---|---|\n");
        for (Unmanaged object : unmanaged) {
            out.append("| ").append(cell(object.node())).append(" | ").append(cell(object.kind())).append(" | ").append(cell(object.name()))
                    .append(" | ").append(cell(object.detail())).append(" |\n");
        }
        out.append("\n</details>\n");
    }

    private static String cell(String text) { return MarkdownText.cell(text); }
}
