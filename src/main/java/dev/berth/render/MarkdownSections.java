package dev.berth.render;

import dev.berth.model.Address;
import dev.berth.ops.Risk;
import dev.berth.plan.Action;
import dev.berth.plan.Plan;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-resource part of the Markdown view: every address and step of one resource (or one
 * pool, or one node) in one {@code <details>}, with a {@code diff} fence of the attributes and a
 * table of the steps; or, when that is too long for a comment, one line per address.
 */
final class MarkdownSections {
    /** Everything about one resource, pool or node, in plan order. */
    record Group(String title, List<ResourceChange> changes, List<Step> steps) {}

    private MarkdownSections() {}

    static List<Group> groups(Plan plan) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ResourceChange change : plan.resourceChanges()) {
            if (ActionWords.isShown(change)) group(groups, change.address()).changes().add(change);
        }
        for (Step step : plan.steps()) group(groups, step.address()).steps().add(step);
        return List.copyOf(groups.values());
    }

    private static Group group(Map<String, Group> groups, Address address) {
        String title = address.resourceName().map(name -> "resource " + name).orElse(address.kind().prefix() + " " + address.name());
        return groups.computeIfAbsent(title, t -> new Group(t, new ArrayList<>(), new ArrayList<>()));
    }

    static String details(Group group) {
        StringBuilder out = new StringBuilder("<details>\n<summary>").append(summary(group)).append("</summary>\n\n");
        if (!group.changes().isEmpty()) {
            StringBuilder diff = new StringBuilder();
            for (ResourceChange change : group.changes()) {
                if (diff.length() > 0) diff.append('\n');
                diff(change, diff);
            }
            String fence = MarkdownText.fence(diff.toString());
            out.append(fence).append("diff\n").append(diff).append(fence).append("\n\n");
        }
        if (!group.steps().isEmpty()) {
            out.append("| step | host | risk | what it does |\n|---|---|---|---|\n");
            for (Step step : group.steps()) {
                String risk = step.risk() == Risk.DATA_LOSS ? "**data-loss**" : step.risk().spelling();
                out.append("| ").append(MarkdownText.code(step.id())).append(" | ").append(MarkdownText.cell(step.host())).append(" | ").append(risk)
                        .append(" | ").append(MarkdownText.cell(step.summary()))
                        .append(step.blockedBecause().map(why -> " ⚠️ **blocked**: " + MarkdownText.cell(why)).orElse("")).append(" |\n");
            }
            out.append('\n');
        }
        return out.append("</details>\n\n").toString();
    }

    /** {@code <b>resource mysql-data-0</b>: 7 to add · 14 steps · 🔥 data loss}. */
    private static String summary(Group group) {
        List<String> parts = new ArrayList<>();
        long add = group.changes().stream().filter(c -> c.actions().contains(Action.CREATE)).count();
        long change = group.changes().stream().filter(c -> c.actions().contains(Action.UPDATE)).count();
        long destroy = group.changes().stream().filter(c -> c.actions().contains(Action.DELETE)).count();
        if (add > 0) parts.add(add + " to add");
        if (change > 0) parts.add(change + " to change");
        if (destroy > 0) parts.add(destroy + " to destroy");
        if (!group.steps().isEmpty()) parts.add(PlanTextRenderer.count(group.steps().size(), "step"));
        if (group.steps().stream().anyMatch(s -> s.risk() == Risk.DATA_LOSS)) parts.add("🔥 data loss");
        if (group.steps().stream().anyMatch(Step::isBlocked)) parts.add("⚠️ blocked");
        return "<b>" + MarkdownText.inline(group.title()) + "</b>: " + String.join(" · ", parts);
    }

    /** The header line, why, then {@code -}/{@code +} attribute lines as diff highlighting expects. */
    private static void diff(ResourceChange change, StringBuilder out) {
        out.append(change.symbol()).append(' ').append(change.address()).append('\n');
        if (!change.reason().isEmpty()) out.append("  # why: ").append(change.reason()).append('\n');
        attributeLines(AttributeDiff.of(change), out);
    }

    /** {@code -}/{@code +} lines per attribute, as diff highlighting colours them, and the count of hidden ones. */
    static void attributeLines(AttributeDiff diff, StringBuilder out) {
        int width = diff.nameWidth();
        for (AttributeDiff.Line line : diff.lines()) {
            String name = PlanTextRenderer.pad(line.name(), width, false);
            line.before().filter(b -> line.marker() != '+').ifPresent(b -> out.append("-     ").append(name).append(" = ").append(AttributeDiff.quoted(b)).append('\n'));
            line.after().filter(a -> line.marker() != '-').ifPresent(a -> out.append("+     ").append(name).append(" = ").append(AttributeDiff.quoted(a)).append('\n'));
        }
        if (diff.unchanged() > 0) out.append("      # (").append(PlanTextRenderer.count(diff.unchanged(), "unchanged attribute")).append(" hidden)\n");
    }

    /** {@code intro}, then as many {@code lines} as fit in {@code limit} with {@code note(shown)} after them. */
    static String upTo(String intro, List<String> lines, int limit, java.util.function.IntFunction<String> note) {
        StringBuilder out = new StringBuilder(intro);
        int shown = 0;
        while (shown < lines.size() && out.length() + lines.get(shown).length() + note.apply(shown + 1).length() <= limit) {
            out.append(lines.get(shown++));
        }
        return out.append(note.apply(shown)).toString();
    }

    /** The collapsed form: {@code - `+ resource.x` — why}. */
    static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (ResourceChange change : plan.resourceChanges()) {
            if (!ActionWords.isShown(change)) continue;
            lines.add("- " + MarkdownText.code(change.symbol() + " " + change.address())
                    + (change.reason().isEmpty() ? "" : " — " + MarkdownText.inline(change.reason())) + "\n");
        }
        return lines;
    }
}
