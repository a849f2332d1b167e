package dev.berth.render;

import dev.berth.review.ChangeRequest;
import dev.berth.review.SpecChange;

import java.util.List;

/**
 * A change request as one pull- or merge-request comment: what the author edited (a {@code diff}
 * of the spec by address), then the head's plan as {@link PlanMarkdownRenderer} writes it, then
 * the drift that exists already relative to the base, apart so that nobody blames the author for
 * it. The whole stays within {@link PlanMarkdownRenderer#LIMIT}: the spec change may take a
 * quarter and the drift an eighth (each collapsed to one line per address, then cut with a note),
 * and the plan gets the rest, collapsing and cutting itself the same way.
 */
public final class ChangeRequestMarkdownRenderer {
    private ChangeRequestMarkdownRenderer() {}

    public static String render(ChangeRequest request, String planFile) {
        String head = "## Berth: change request " + MarkdownText.code(request.path()) + "\n\n"
                + MarkdownText.code(request.base().name()) + " (" + MarkdownText.code(request.base().abbreviated()) + ") → "
                + MarkdownText.code(request.head().name()) + " (" + MarkdownText.code(request.head().abbreviated()) + ") in "
                + MarkdownText.code(request.repository()) + ".\n\n"
                // the verdict before the author's edits, which may run to hundreds of lines
                + "**" + PlanMarkdownRenderer.verdict(request.plan()).replaceFirst("^#+ ", "") + "**\n\n";
        String spec = specChange(request, PlanMarkdownRenderer.LIMIT / 4);
        String drift = existingDrift(request, PlanMarkdownRenderer.LIMIT / 8);
        String planHeading = "### What it will do to the live hosts\n\n";
        int left = PlanMarkdownRenderer.LIMIT - head.length() - spec.length() - drift.length() - planHeading.length() - 1;
        String plan = PlanMarkdownRenderer.render(request.plan(), new PlanMarkdownRenderer.Options(planFile, left));
        return head + spec + planHeading + plan + (plan.endsWith("\n\n") ? "" : "\n") + drift;
    }

    private static String specChange(ChangeRequest request, int budget) {
        List<SpecChange> changes = request.specChanges();
        String title = "### ✏️ What the author edited (" + ChangeRequestTextRenderer.addresses(changes.size()) + ")\n\n";
        if (changes.isEmpty()) return title + "The stack is the same at both revisions.\n\n";
        StringBuilder diff = new StringBuilder();
        for (SpecChange change : changes) {
            if (diff.length() > 0) diff.append('\n');
            diff.append(change.kind().symbol()).append(' ').append(change.address()).append('\n');
            MarkdownSections.attributeLines(AttributeDiff.of(change.before(), change.after(), change.kind() != SpecChange.Kind.CHANGED), diff);
        }
        String fence = MarkdownText.fence(diff.toString());
        String full = title + fence + "diff\n" + diff + fence + "\n\n";
        if (full.length() <= budget) return full;
        List<String> lines = changes.stream().map(change -> "- " + MarkdownText.code(change.kind().symbol() + " " + change.address()) + " — "
                + attributes(change) + "\n").toList();
        String command = "git diff " + request.base().abbreviated() + " " + request.head().abbreviated() + " -- " + request.path();
        return MarkdownSections.upTo(title + "One line per address (the whole diff does not fit in one comment):\n\n", lines, budget,
                shown -> more(lines.size(), shown, command) + "\n");
    }

    /** {@code 1 attribute changed}, or {@code added} / {@code removed} for a whole address. */
    private static String attributes(SpecChange change) {
        if (change.kind() != SpecChange.Kind.CHANGED) return change.kind().spelling();
        long changed = AttributeDiff.of(change.before(), change.after(), false).lines().size();
        return changed + (changed == 1 ? " attribute" : " attributes") + " changed";
    }

    private static String existingDrift(ChangeRequest request, int budget) {
        String title = "### 🌊 Drift that exists already (not made by this change)\n\n";
        if (request.baseline().isEmpty()) {
            return title + "None: there is no stack at " + MarkdownText.code(request.base().name()) + " (this change adds it).\n";
        }
        List<String> lines = MarkdownSections.lines(request.baseline().get());
        if (lines.isEmpty()) return title + "None: the live hosts match " + MarkdownText.code(request.base().name()) + ".\n";
        String intro = title + "The live hosts already differ from " + MarkdownText.code(request.base().name()) + " at "
                + ChangeRequestTextRenderer.addresses(lines.size()) + "; the plan above also brings these to "
                + MarkdownText.code(request.head().name()) + ".\n\n<details>\n<summary>" + ChangeRequestTextRenderer.addresses(lines.size())
                + " that drifted</summary>\n\n";
        String command = "berth plan " + request.path() + " --git " + request.repository() + " --rev " + request.base().abbreviated();
        return MarkdownSections.upTo(intro, lines, budget, shown -> more(lines.size(), shown, command) + "\n</details>\n");
    }

    /** The note under a cut list, naming the command that shows all of it; nothing when nothing was cut. */
    private static String more(int total, int shown, String command) {
        if (shown == total) return "";
        return "\n… " + (total - shown) + " more addresses not shown (" + shown + " of " + total + "). See everything with "
                + MarkdownText.code(command) + ".\n";
    }
}
