package dev.berth.render;

import dev.berth.ops.Risk;
import dev.berth.plan.Plan;
import dev.berth.plan.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as a change-request comment (GitHub, GitLab): a one-line verdict, a table of counts,
 * what must not be missed (refusals, blocked and data-loss steps), then one {@code <details>}
 * per resource. Comments hold at most 65,536 characters, so a plan that does not fit is first
 * collapsed to one line per address and then cut, with a note saying how to see all of it.
 */
public final class PlanMarkdownRenderer {
    /** GitHub's limit for a comment body; GitLab's is larger. */
    public static final int LIMIT = 65_536;
    /** Call-out lists stop here, so the top of a huge plan stays readable and within the limit. */
    static final int CALLOUT_ITEMS = 20;

    /**
     * {@code planFile}: what the note about a cut plan tells the reader to pass to {@code berth show};
     * {@code limit}: the characters the plan may take (less than a comment when it shares one).
     */
    public record Options(String planFile, int limit) {
        public static final Options DEFAULT = new Options("PLAN_FILE");

        public Options(String planFile) { this(planFile, LIMIT); }
    }

    private PlanMarkdownRenderer() {}

    public static String render(Plan plan) { return render(plan, Options.DEFAULT); }

    public static String render(Plan plan, Options options) {
        String head = verdict(plan) + "\n\n" + table(plan) + "\n" + "Plan " + MarkdownText.code(plan.planId()) + " of "
                + MarkdownText.code(plan.basis().stack()) + " on " + MarkdownText.code(plan.basis().target()) + source(plan) + ".\n\n" + MarkdownCallouts.of(plan);
        if (nothingToDo(plan)) {
            String none = plan.deferred().isEmpty() ? "No changes. The hosts match the stack." : "No changes now; the ones held back wait.";
            return fit(head + none + "\n\n" + unmanaged(plan), options);
        }
        StringBuilder full = new StringBuilder(head).append("#### Changes\n\n");
        for (var group : MarkdownSections.groups(plan)) {
            full.append(MarkdownSections.details(group));
            if (full.length() > options.limit()) return collapsed(plan, head, options); // stop before a huge plan's details fill the heap
        }
        full.append(unmanaged(plan));
        if (full.length() <= options.limit()) return full.toString();
        return collapsed(plan, head, options);
    }

    /** Where a git stack came from; nothing for a folder. */
    static String source(Plan plan) {
        return plan.basis().source().map(source -> ", from commit " + MarkdownText.code(source.commit()) + " of "
                + MarkdownText.code(source.repository()) + " at " + MarkdownText.code(source.path())).orElse("");
    }

    /** One line per address; then as many of those lines as fit, and the note. */
    private static String collapsed(Plan plan, String head, Options options) {
        List<String> lines = MarkdownSections.lines(plan);
        String intro = "#### Changes\n\nThe details of " + lines.size() + " addresses do not fit in one comment: one line each.\n\n";
        String all = head + intro + String.join("", lines);
        if (all.length() <= options.limit()) return all;
        return fit(MarkdownSections.upTo(head + intro, lines, options.limit(), shown -> note(lines.size(), shown, options)), options);
    }

    private static String note(int total, int shown, Options options) {
        return "\n… " + (total - shown) + " more addresses not shown (" + shown + " of " + total + "). See everything with "
                + MarkdownText.code("berth show " + options.planFile()) + ".\n";
    }

    /** The last resort, should the call-outs alone be too long: cut at a line and say so. */
    private static String fit(String text, Options options) {
        if (text.length() <= options.limit()) return text;
        String note = "\n… cut here: the plan is too long for one comment. See everything with " + MarkdownText.code("berth show " + options.planFile()) + ".\n";
        String cut = text.substring(0, options.limit() - note.length());
        return cut.substring(0, cut.lastIndexOf('\n') + 1) + note;
    }

    static String verdict(Plan plan) {
        Summary summary = plan.summary();
        String counts = summary.add() + " to add, " + summary.change() + " to change, " + summary.destroy() + " to destroy";
        if (plan.isRefused()) {
            int more = plan.refusals().size() - 1;
            return "### ⛔ Refused: " + MarkdownText.inline(plan.refusals().get(0).message()) + (more > 0 ? " (and " + more + " more)" : "");
        }
        if (summary.blocked() > 0) return "### ⚠️ " + PlanTextRenderer.count(summary.blocked(), "step") + " blocked (" + counts + ")";
        if (nothingToDo(plan)) return plan.deferred().isEmpty() ? "### ✅ No changes" : "### ⏸️ No changes now, " + plan.deferred().size() + " held back";
        return "### 📝 " + counts;
    }

    private static String table(Plan plan) {
        Summary summary = plan.summary();
        List<String> cells = new ArrayList<>(List.of(String.valueOf(summary.add()), String.valueOf(summary.change()),
                String.valueOf(summary.destroy()), String.valueOf(summary.blocked()), String.valueOf(plan.steps().size())));
        for (Risk risk : Risk.values()) cells.add(String.valueOf(plan.steps().stream().filter(s -> s.risk() == risk).count()));
        return "| to add | to change | to destroy | blocked | steps | risk: none | reversible | irreversible | data-loss |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + cells.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static String unmanaged(Plan plan) {
        if (plan.unmanaged().isEmpty()) return "";
        StringBuilder out = new StringBuilder("<details>\n<summary>").append(PlanTextRenderer.count(plan.unmanaged().size(), "object"))
                .append(" on the hosts not made by Berth, left alone</summary>\n\n| host | kind | name | why |\n|---|---|---|---|\n");
        plan.unmanaged().forEach(item -> out.append("| ").append(MarkdownText.cell(item.node())).append(" | ").append(MarkdownText.cell(item.kind()))
                .append(" | ").append(MarkdownText.code(item.name())).append(" | ").append(MarkdownText.cell(item.detail())).append(" |\n"));
        return out.append("\n</details>\n").toString();
    }

    /** No step and no shown change: the stack and the hosts agree. */
    private static boolean nothingToDo(Plan plan) {
        return plan.steps().isEmpty() && plan.resourceChanges().stream().noneMatch(ActionWords::isShown);
    }
}
