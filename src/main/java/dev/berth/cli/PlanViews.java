package dev.berth.cli;

import dev.berth.plan.Plan;
import dev.berth.render.PlanDotRenderer;
import dev.berth.render.PlanJsonRenderer;
import dev.berth.render.PlanMarkdownRenderer;
import dev.berth.render.PlanTextRenderer;

/** A plan in the format asked for, and the exit code a plan means. */
final class PlanViews {
    private PlanViews() {}

    static String render(Plan plan, ReportFormat format, boolean verbose, boolean colour) {
        switch (format) {
            case json: return PlanJsonRenderer.render(plan);
            case markdown: return PlanMarkdownRenderer.render(plan);
            case dot: return PlanDotRenderer.render(plan);
            default: return PlanTextRenderer.render(plan, new PlanTextRenderer.Options(verbose, colour));
        }
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
