package dev.berth.testing;

import dev.berth.plan.Plan;
import dev.berth.render.PlanJsonRenderer;
import dev.berth.render.PlanMarkdownRenderer;
import dev.berth.render.PlanTextRenderer;

/** A plan golden in each format a reviewer meets it in: text (the terminal), JSON (the saved plan), Markdown (a change request). */
public final class PlanGoldens {
    private PlanGoldens() {}

    /** All three are checked (and, with {@code -Dberth.approve=true}, approved) before the first mismatch is reported. */
    public static void verify(String name, Plan plan) {
        Error first = null;
        for (String[] format : new String[][] {{"txt", PlanTextRenderer.render(plan)}, {"json", PlanJsonRenderer.render(plan)},
                {"md", PlanMarkdownRenderer.render(plan)}}) {
            try {
                Golden.verify(name, format[0], format[1]);
            } catch (Error mismatch) {
                if (first == null) first = mismatch;
            }
        }
        if (first != null) throw first;
    }
}
