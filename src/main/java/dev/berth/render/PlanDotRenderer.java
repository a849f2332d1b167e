package dev.berth.render;

import dev.berth.ops.Risk;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;

import java.util.Map;

/**
 * {@code berth graph}: the plan's step DAG as Graphviz DOT. One box per step (id, host, what it
 * does), filled by risk, dashed when blocked; an edge from each step to every step that waits for
 * it. Nodes come in plan order and edges in {@code depends_on} order, so the text never changes
 * for the same plan and {@code dot} lays it out the same way every time.
 */
public final class PlanDotRenderer {
    /** Fill per risk: grey, green, amber, red — the order of how much a reviewer should look. */
    static final Map<Risk, String> FILL = Map.of(
            Risk.NONE, "#eeeeee", Risk.REVERSIBLE, "#d9f2d9", Risk.IRREVERSIBLE, "#ffe0a3", Risk.DATA_LOSS, "#f4b6b6");

    private PlanDotRenderer() {}

    public static String render(Plan plan) {
        StringBuilder out = new StringBuilder("digraph plan {\n");
        out.append("  // plan ").append(plan.planId()).append('\n');
        out.append("  // fill: none ").append(FILL.get(Risk.NONE)).append(", reversible ").append(FILL.get(Risk.REVERSIBLE))
                .append(", irreversible ").append(FILL.get(Risk.IRREVERSIBLE)).append(", data-loss ").append(FILL.get(Risk.DATA_LOSS))
                .append("; dashed: blocked\n");
        out.append("  rankdir=TB;\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
        for (Step step : plan.steps()) {
            StringBuilder label = new StringBuilder(step.id()).append("\n").append(step.host()).append(": ").append(step.summary())
                    .append("\n").append(step.risk().spelling());
            step.blockedBecause().ifPresent(why -> label.append("\nBLOCKED: ").append(why));
            out.append("  ").append(quoted(step.id())).append(" [label=").append(quoted(label.toString()))
                    .append(", fillcolor=").append(quoted(FILL.get(step.risk())));
            if (step.isBlocked()) out.append(", style=\"rounded,filled,dashed\", penwidth=2");
            out.append("];\n");
        }
        for (Step step : plan.steps()) {
            for (String before : step.dependsOn()) out.append("  ").append(quoted(before)).append(" -> ").append(quoted(step.id())).append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
