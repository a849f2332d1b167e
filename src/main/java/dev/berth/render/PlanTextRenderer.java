package dev.berth.render;

import dev.berth.ops.Risk;
import dev.berth.plan.Deferral;
import dev.berth.plan.Plan;
import dev.berth.plan.Refusal;
import dev.berth.plan.ResourceChange;
import dev.berth.plan.Step;
import dev.berth.plan.Unmanaged;

import java.util.List;

/**
 * {@code berth plan} and {@code berth show} for people, after Terraform's plan output: what
 * stops the plan first (refusals, blocked steps), then a legend of the symbols this plan uses,
 * one block per address with its attribute differences and why, the steps in the order apply
 * runs them (with {@code verbose}: each step's exact commands, undo and predicted drbdsetup
 * lines), and the summary line last. The same plan always gives the same bytes.
 */
public final class PlanTextRenderer {
    /** {@code verbose}: every command; {@code colour}: ANSI escapes, which the CLI turns on only on a terminal without NO_COLOR. */
    public record Options(boolean verbose, boolean colour) {
        public static final Options PLAIN = new Options(false, false);
        public static final Options VERBOSE = new Options(true, false);
    }

    private final StringBuilder out = new StringBuilder();
    private final AnsiStyle style;
    private final Appendable sink;

    private PlanTextRenderer(AnsiStyle style, Appendable sink) {
        this.style = style;
        this.sink = sink;
    }

    public static String render(Plan plan) { return render(plan, Options.PLAIN); }

    public static String render(Plan plan, Options options) {
        StringBuilder text = new StringBuilder();
        render(plan, options, text);
        return text.toString();
    }

    /** The plan written to {@code sink} a mebibyte at a time: a plan of any size is never one string. */
    public static void render(Plan plan, Options options, Appendable sink) {
        PlanTextRenderer renderer = new PlanTextRenderer(new AnsiStyle(options.colour()), sink);
        renderer.header(plan);
        renderer.refusals(plan.refusals());
        renderer.deferred(plan.deferred());
        renderer.blocked(plan);
        renderer.dataLoss(plan);
        renderer.changes(plan.resourceChanges().stream().filter(ActionWords::isShown).toList(), !plan.deferred().isEmpty());
        new StepTextRenderer(renderer.style, options.verbose(), renderer.out, sink).render(plan);
        renderer.unmanaged(plan.unmanaged());
        if (plan.isRefused()) renderer.out.append(renderer.style.alarm("Refused: apply will not run this plan.")).append('\n');
        renderer.out.append(renderer.style.bold(plan.summary().toString())).append('\n');
        Spill.spill(renderer.out, sink, true);
    }

    private void header(Plan plan) {
        out.append(style.bold("Plan " + plan.planId())).append('\n');
        out.append("  stack   ").append(plan.basis().stack()).append(" (").append(plan.basis().specDigest()).append(")\n");
        plan.basis().source().ifPresent(source -> out.append("  source  ").append(source.repository()).append(" commit ")
                .append(source.commit()).append(" path ").append(source.path()).append('\n'));
        out.append("  target  ").append(plan.basis().target()).append("\n\n");
    }

    private void refusals(List<Refusal> refusals) {
        if (refusals.isEmpty()) return;
        out.append(style.alarm("REFUSED: this plan breaks " + count(refusals.size(), "safety rule") + "; apply will not run it."))
                .append("\n\n");
        for (Refusal refusal : refusals) {
            out.append("  ").append(style.alarm("! " + refusal.rule().spelling())).append("  ").append(refusal.address()).append('\n');
            out.append("    ").append(refusal.message()).append('\n');
            if (!refusal.hint().isEmpty()) out.append("    hint: ").append(refusal.hint()).append('\n');
            out.append('\n');
        }
    }

    private void blocked(Plan plan) {
        List<Step> blocked = plan.steps().stream().filter(Step::isBlocked).toList();
        if (blocked.isEmpty()) return;
        out.append(style.warning("BLOCKED: " + count(blocked.size(), "step") + " cannot run; apply will not run this plan until "
                + (blocked.size() == 1 ? "it" : "they") + " can.")).append('\n');
        for (Step step : blocked) out.append("  ").append(step.id()).append(": ").append(step.blockedBecause().orElseThrow()).append('\n');
        out.append('\n');
    }

    /** Steps that destroy data are named before anything else a reviewer might skim past. */
    private void dataLoss(Plan plan) {
        List<Step> destructive = plan.steps().stream().filter(s -> s.risk() == Risk.DATA_LOSS).toList();
        if (destructive.isEmpty()) return;
        out.append(style.alarm("DATA LOSS: " + count(destructive.size(), "step") + " destroy" + (destructive.size() == 1 ? "s" : "") + " data:"))
                .append('\n');
        for (Step step : destructive) out.append("  ").append(step.id()).append(": ").append(step.summary()).append('\n');
        out.append('\n');
    }

    private void changes(List<ResourceChange> changes, boolean heldBack) {
        if (changes.isEmpty()) {
            out.append(heldBack ? "No changes now; the ones held back wait.\n\n" : "No changes. The hosts match the stack.\n\n");
            return;
        }
        out.append("Berth will perform the following actions. Symbols:\n");
        for (String symbol : ActionWords.SYMBOLS) {
            if (changes.stream().anyMatch(c -> c.symbol().equals(symbol))) {
                out.append(symbolColumn(symbol)).append(' ').append(ActionWords.legend(symbol)).append('\n');
            }
        }
        out.append('\n');
        for (ResourceChange change : changes) {
            change(change);
            Spill.spill(out, sink, false);
        }
    }

    private void change(ResourceChange change) {
        out.append("  # ").append(change.address()).append(' ').append(ActionWords.heading(change)).append('\n');
        if (!change.reason().isEmpty()) out.append("  #   why: ").append(change.reason()).append('\n');
        out.append(symbolColumn(change.symbol())).append(' ').append(change.address()).append(" {\n");
        attributeLines(AttributeDiff.of(change), style, out);
        out.append("    }\n\n");
    }

    /** One line per attribute ({@code ~ size = "20GiB" -> "30GiB"}) and the count of hidden ones. */
    static void attributeLines(AttributeDiff diff, AnsiStyle style, StringBuilder out) {
        int width = diff.nameWidth();
        for (AttributeDiff.Line line : diff.lines()) {
            out.append("      ").append(style.symbol(String.valueOf(line.marker()))).append(' ').append(pad(line.name(), width, false)).append(" = ");
            if (line.marker() == '~') out.append(AttributeDiff.quoted(line.before().orElseThrow())).append(" -> ");
            out.append(AttributeDiff.quoted(line.after().or(line::before).orElseThrow())).append('\n');
        }
        if (diff.unchanged() > 0) out.append("        ").append(style.dim("# (" + count(diff.unchanged(), "unchanged attribute") + " hidden)")).append('\n');
    }

    private void deferred(List<Deferral> deferrals) {
        if (deferrals.isEmpty()) return;
        out.append("Held back (").append(deferrals.size()).append("):\n");
        for (Deferral deferral : deferrals) out.append("  ").append(deferral.address()).append("  ").append(deferral.reason()).append('\n');
        out.append('\n');
    }

    private void unmanaged(List<Unmanaged> items) {
        if (items.isEmpty()) return;
        out.append("Not made by Berth, left alone (").append(items.size()).append("):\n");
        for (Unmanaged item : items) {
            out.append("  ").append(item.node()).append("  ").append(item.kind()).append(' ').append(item.name()).append(" (").append(item.detail()).append(")\n");
        }
        out.append('\n');
    }

    /** Symbols right-aligned in three columns, so {@code -/+} and {@code +} line up on their last character. */
    private String symbolColumn(String symbol) { return " ".repeat(3 - symbol.length()) + style.symbol(symbol); }

    static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}
