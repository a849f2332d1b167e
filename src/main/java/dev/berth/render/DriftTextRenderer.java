package dev.berth.render;

import dev.berth.drift.DriftItem;
import dev.berth.drift.DriftReport;
import dev.berth.drift.HostApply;
import dev.berth.drift.IgnoredDrift;
import dev.berth.drift.Origin;
import dev.berth.plan.Unmanaged;

import java.util.List;

/**
 * {@code berth drift} for people: the hosts' last applies, the differences grouped by where they
 * stand (changed since the last apply, stack changed since, never applied), each with expected,
 * actual and what to do; then what is muted and why, what is unmanaged, and the summary last.
 */
public final class DriftTextRenderer {
    private final StringBuilder out = new StringBuilder();

    private DriftTextRenderer() {}

    public static String render(DriftReport report) {
        DriftTextRenderer renderer = new DriftTextRenderer();
        renderer.header(report);
        for (Origin origin : Origin.values()) renderer.section(origin, report.drift(origin));
        renderer.ignored(report.ignored());
        renderer.unmanaged(report.unmanaged());
        renderer.out.append(report.hasDrift() ? "Drift found: " : "No drift: ").append(report.summary()).append(".\n");
        return renderer.out.toString();
    }

    private void header(DriftReport report) {
        out.append("Drift of stack ").append(report.stack()).append(" (").append(report.specDigest()).append(")\n\n");
        out.append("Last apply per host:\n");
        for (HostApply host : report.hosts()) out.append("  ").append(pad(host.node(), 12)).append(' ').append(lastApply(host)).append('\n');
        out.append('\n');
    }

    /** {@code plan 8d5bf41b… at 2026-…, this stack} — shared with the Markdown view. */
    static String lastApply(HostApply host) {
        switch (host.status()) {
            case UNREACHABLE: return "unknown (unreachable)";
            case NEVER_APPLIED: return "never applied";
            default:
                return "plan " + host.planId().orElseThrow() + host.commit().map(c -> ", commit " + c).orElse("") + " at "
                        + host.time().orElseThrow() + (host.status() == HostApply.Status.CURRENT ? ", this stack"
                        : ", an earlier stack (" + host.specDigest().orElseThrow() + ")");
        }
    }

    private void section(Origin origin, List<DriftItem> items) {
        if (items.isEmpty()) return;
        out.append(capitalised(origin.heading())).append(" (").append(items.size()).append("):\n");
        for (DriftItem item : items) {
            out.append("  ").append(pad(item.kind().spelling(), 8)).append(' ').append(item.address()).append("  ").append(item.field()).append('\n');
            out.append("      expected: ").append(item.expected()).append('\n');
            out.append("      actual:   ").append(item.actual()).append('\n');
            out.append("      action:   ").append(item.action()).append('\n');
        }
        out.append('\n');
    }

    private void ignored(List<IgnoredDrift> ignored) {
        if (ignored.isEmpty()) return;
        out.append("Ignored by driftIgnore (").append(ignored.size()).append("):\n");
        for (IgnoredDrift muted : ignored) {
            DriftItem item = muted.item();
            out.append("  ").append(pad(item.kind().spelling(), 8)).append(' ').append(item.address()).append("  ").append(item.field())
                    .append(": ").append(item.actual()).append(" (expected ").append(item.expected()).append(")\n");
            out.append("      muted by ").append(muted.glob()).append(": ").append(muted.reason()).append('\n');
        }
        out.append('\n');
    }

    private void unmanaged(List<Unmanaged> unmanaged) {
        if (unmanaged.isEmpty()) return;
        out.append("Unmanaged (no Berth marker; for information, never drift):\n");
        for (Unmanaged object : unmanaged) {
            out.append("  ").append(object.node()).append("  ").append(object.kind()).append("  ").append(object.name()).append("  (")
                    .append(object.detail()).append(")\n");
        }
        out.append('\n');
    }

    static String capitalised(String text) { return Character.toUpperCase(text.charAt(0)) + text.substring(1); }

    private static String pad(String text, int width) { return text.length() >= width ? text : text + " ".repeat(width - text.length()); }
}
