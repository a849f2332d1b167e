package dev.berth.render;

import dev.berth.ops.Risk;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.Step;

import java.util.List;
import java.util.function.Function;

/**
 * What a reviewer must not miss, above everything else: the refusals, the steps that cannot
 * run, the changes held back, and the steps that destroy data. Each list stops after a few
 * items with a count of the rest, so that the top of a huge plan stays short.
 */
final class MarkdownCallouts {
    private MarkdownCallouts() {}

    static String of(Plan plan) {
        StringBuilder out = new StringBuilder();
        list(out, "⛔ Refusals: apply will not run this plan", plan.refusals(), MarkdownCallouts::refusal);
        list(out, "⚠️ Blocked steps", plan.steps().stream().filter(Step::isBlocked).toList(),
                step -> MarkdownText.code(step.id()) + " on " + MarkdownText.inline(step.host()) + ": " + MarkdownText.inline(step.blockedBecause().orElseThrow()));
        list(out, "⏸️ Held back", plan.deferred(),
                deferral -> MarkdownText.code(deferral.address().toString()) + ": " + MarkdownText.inline(deferral.reason()));
        list(out, "🔥 Steps that destroy data", plan.steps().stream().filter(s -> s.risk() == Risk.DATA_LOSS).toList(),
                step -> MarkdownText.code(step.id()) + " on " + MarkdownText.inline(step.host()) + ": " + MarkdownText.inline(step.summary()));
        return out.toString();
    }

    private static String refusal(Refusal refusal) {
        return "**" + refusal.rule().spelling() + "** " + MarkdownText.code(refusal.address().toString()) + ": " + MarkdownText.inline(refusal.message())
                + (refusal.hint().isEmpty() ? "" : "<br>hint: " + MarkdownText.inline(refusal.hint()));
    }

    private static <T> void list(StringBuilder out, String title, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) return;
        out.append("#### ").append(title).append(" (").append(items.size()).append(")\n\n");
        items.stream().limit(PlanMarkdownRenderer.CALLOUT_ITEMS).forEach(item -> out.append("- ").append(line.apply(item)).append('\n'));
        if (items.size() > PlanMarkdownRenderer.CALLOUT_ITEMS) {
            out.append("- … and ").append(items.size() - PlanMarkdownRenderer.CALLOUT_ITEMS).append(" more\n");
        }
        out.append('\n');
    }
}
