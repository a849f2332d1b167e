package dev.berth.render;

import dev.berth.ops.HostCommand;
import dev.berth.ops.Risk;
import dev.berth.plan.Allocation;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The steps of a plan as text, in the order apply runs them: one line each (id, host, risk,
 * summary), or with {@code verbose} a block each with the exact commands on its host, the
 * resource file a command reads on stdin, the drbdsetup/drbdmeta lines drbdadm will run, what
 * undoes it and what it waits for — everything apply will do, nothing it will not.
 */
final class StepTextRenderer {
    /** The heredoc delimiter around a command's stdin: a word no resource file contains. */
    static final String END_OF_INPUT = "BERTH_EOF";

    private final AnsiStyle style;
    private final boolean verbose;
    private final StringBuilder out;
    private final Appendable sink;

    /** Appends to {@code out}, which spills into {@code sink} as it grows. */
    StepTextRenderer(AnsiStyle style, boolean verbose, StringBuilder out, Appendable sink) {
        this.style = style;
        this.verbose = verbose;
        this.out = out;
        this.sink = sink;
    }

    void render(Plan plan) {
        if (plan.steps().isEmpty()) return;
        out.append("Steps, in the order apply runs them (").append(plan.steps().size()).append("):\n");
        int idWidth = plan.steps().stream().mapToInt(s -> s.id().length()).max().orElse(0);
        int hostWidth = plan.steps().stream().mapToInt(s -> s.host().length()).max().orElse(0);
        for (Step step : plan.steps()) {
            if (verbose) block(step);
            else line(step, idWidth, hostWidth);
            Spill.spill(out, sink, false);
        }
        out.append('\n');
        if (verbose) allocations(plan.allocations());
    }

    private void line(Step step, int idWidth, int hostWidth) {
        out.append("  ").append(PlanTextRenderer.pad(step.id(), idWidth, false)).append("  ").append(PlanTextRenderer.pad(step.host(), hostWidth, false))
                .append("  ").append(style.risk(step.risk())).append(" ".repeat(riskWidth() - step.risk().spelling().length()))
                .append("  ").append(step.summary());
        // the reason is listed once under BLOCKED at the top; here the flag keeps the line short
        if (step.isBlocked()) out.append("  ").append(style.warning("BLOCKED"));
        out.append('\n');
    }

    private void block(Step step) {
        out.append('\n').append("  ").append(style.bold(step.id())).append('\n');
        out.append("    on ").append(step.host()).append(" (risk: ").append(style.risk(step.risk())).append("): ").append(step.summary()).append('\n');
        step.blockedBecause().ifPresent(why -> out.append("    ").append(style.warning("BLOCKED: " + why)).append('\n'));
        if (!step.reason().isEmpty()) out.append("    why: ").append(step.reason()).append('\n');
        if (!step.dependsOn().isEmpty()) out.append("    after: ").append(String.join(", ", step.dependsOn())).append('\n');
        for (HostCommand command : step.commands()) command(command, "    ");
        if (!step.predicted().isEmpty()) {
            out.append("    drbdadm will run:\n");
            step.predicted().forEach(line -> out.append("      ").append(style.dim(line)).append('\n'));
        }
        // a step that runs nothing is its wait, and its summary already says so
        if (!step.commands().isEmpty()) step.waits().forEach(wait -> out.append("    then waits until ").append(wait).append('\n'));
        if (step.undo().isEmpty()) {
            out.append("    undo: ").append(step.risk().isAutomatic() ? "nothing to run" : "none, it cannot be undone").append('\n');
        } else {
            out.append("    undo:\n");
            step.undo().forEach(command -> command(command, "      "));
        }
    }

    /** {@code $ argv…}, and stdin as a heredoc so a reviewer reads the whole file that will be written. */
    private void command(HostCommand command, String indent) {
        out.append(indent).append("$ ").append(command.command().shellQuoted());
        if (command.stdin().isEmpty()) {
            out.append('\n');
            return;
        }
        out.append(" <<'").append(END_OF_INPUT).append("'\n");
        // no trailing blanks on the file's empty lines: golden files and diffs stay clean
        command.stdin().lines().forEach(line -> out.append(line.isEmpty() ? "" : indent + "  " + line).append('\n'));
        out.append(indent).append("  ").append(END_OF_INPUT).append('\n');
    }

    private void allocations(List<Allocation> allocations) {
        if (allocations.isEmpty()) return;
        out.append("DRBD numbers:\n");
        for (Allocation allocation : allocations) {
            out.append("  ").append(allocation.resource()).append(": node-ids ").append(pairs(allocation.nodeIds())).append("; ports ")
                    .append(pairs(allocation.ports())).append("; minors ")
                    .append(allocation.minors().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append("; ").append(allocation.peerSlots()).append(" peer slots\n");
        }
        out.append('\n');
    }

    private static String pairs(java.util.Map<String, Integer> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static int riskWidth() {
        return java.util.Arrays.stream(Risk.values()).mapToInt(r -> r.spelling().length()).max().orElse(0);
    }
}
