package dev.berth.render;

import dev.berth.plan.ResourceChange;
import dev.berth.review.ChangeRequest;
import dev.berth.review.SpecChange;

import java.util.List;

/**
 * {@code berth plan --base --head} as text: what the author edited, the head's plan (the usual
 * plan view), and the drift that exists already relative to the base, kept apart.
 */
public final class ChangeRequestTextRenderer {
    private ChangeRequestTextRenderer() {}

    public static String render(ChangeRequest request, PlanTextRenderer.Options options) {
        AnsiStyle style = new AnsiStyle(options.colour());
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Change request " + revision(request.base()) + " -> " + revision(request.head()))).append('\n');
        out.append("  stack   ").append(request.path()).append(" in ").append(request.repository()).append("\n\n");
        specChange(request.specChanges(), style, out);
        out.append(style.bold("What the change will do to the live hosts (the plan of " + request.head().name() + "):")).append("\n\n");
        out.append(PlanTextRenderer.render(request.plan(), options)).append('\n');
        existingDrift(request, out, style);
        return out.toString();
    }

    static String addresses(int count) { return count + (count == 1 ? " address" : " addresses"); }

    static String revision(ChangeRequest.Revision revision) { return revision.name() + " (" + revision.abbreviated() + ")"; }

    private static void specChange(List<SpecChange> changes, AnsiStyle style, StringBuilder out) {
        out.append(style.bold("What the author edited (" + addresses(changes.size()) + "):")).append("\n\n");
        if (changes.isEmpty()) out.append("  The stack is the same at both revisions.\n\n");
        for (SpecChange change : changes) {
            out.append(" ").append(style.symbol(change.kind().symbol())).append(' ').append(change.address()).append(" {\n");
            PlanTextRenderer.attributeLines(AttributeDiff.of(change.before(), change.after(), change.kind() != SpecChange.Kind.CHANGED), style, out);
            out.append("    }\n\n");
        }
    }

    private static void existingDrift(ChangeRequest request, StringBuilder out, AnsiStyle style) {
        List<ResourceChange> drift = request.existingDrift();
        out.append(style.bold("Drift that exists already (the live hosts differ from " + request.base().name() + "; not made by this change):"))
                .append("\n\n");
        if (request.baseline().isEmpty()) out.append("  None: there is no stack at ").append(request.base().name()).append(" (this change adds it).\n");
        else if (drift.isEmpty()) out.append("  None: the live hosts match ").append(request.base().name()).append(".\n");
        for (ResourceChange change : drift) {
            out.append(" ").append(PlanTextRenderer.pad(change.symbol(), 3, true)).append(' ').append(change.address())
                    .append(change.reason().isEmpty() ? "" : "  (" + change.reason() + ")").append('\n');
        }
        request.baseline().filter(dev.berth.plan.Plan::isRefused).ifPresent(baseline -> out.append("  (planning ").append(request.base().name())
                .append(" is refused: ").append(baseline.refusals().get(0).message()).append(")\n"));
    }
}
