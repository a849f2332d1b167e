package dev.berth.cli;

import dev.berth.plan.Plan;
import dev.berth.render.PlanDotRenderer;
import dev.berth.render.PlanJsonRenderer;
import dev.berth.render.PlanMarkdownRenderer;
import dev.berth.render.PlanTextRenderer;

/** A plan in the format asked for, and the exit code a plan means. */
final class PlanViews {
    private PlanViews() {}

    /**
     * Prints the plan: text a mebibyte at a time, so a plan of any size prints within the heap that
     * holds it; the other formats as one string (Markdown collapses a big plan, and JSON of one is
     * best saved with --out, which streams).
     */
    static void print(Plan plan, ReportFormat format, boolean verbose, boolean colour, java.io.PrintWriter out) {
        switch (format) {
            case json -> out.print(PlanJsonRenderer.render(plan));
            case markdown -> out.print(PlanMarkdownRenderer.render(plan));
            case dot -> out.print(PlanDotRenderer.render(plan));
            default -> PlanTextRenderer.render(plan, new PlanTextRenderer.Options(verbose, colour), out);
        }
        out.flush();
    }

    /** 3 refused or blocked; with --detailed-exitcode 2 for changes; else 0. */
    static int exitCode(Plan plan, boolean detailed) {
        if (plan.isRefused() || plan.blockedSteps() > 0) return ExitCode.REFUSED;
        return detailed && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }

    /** Colour only on a terminal, never with NO_COLOR (design.md). */
    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
