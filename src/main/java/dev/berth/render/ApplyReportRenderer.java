package dev.berth.render;

import dev.berth.apply.events.ApplyReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The end of an apply for a person (what happened, what is left and why, what to run next) and as JSON. */
public final class ApplyReportRenderer {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApplyReportRenderer() {}

    public static String text(ApplyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("\nApply ").append(report.outcome().spelling()).append(": ").append(report.done().size()).append(" done, ")
                .append(report.undone().size()).append(" undone, ").append(report.left().size()).append(" left.\n");
        report.problems().forEach(p -> out.append("  ").append(p).append('\n'));
        if (!report.undone().isEmpty()) {
            out.append("\nUndone:\n");
            report.undone().forEach(id -> out.append("  ").append(id).append('\n'));
        }
        if (!report.left().isEmpty()) {
            out.append("\nLeft:\n");
            report.left().forEach(l -> out.append("  ").append(l.step()).append(": ").append(l.why()).append('\n'));
        }
        report.journal().ifPresent(j -> out.append("\nJournal: ").append(j).append('\n'));
        out.append("Next: ").append(report.nextCommand()).append('\n');
        return out.toString();
    }

    public static String json(ApplyReport report) {
        ObjectNode node = JSON.createObjectNode().put("event", "report").put("outcome", report.outcome().spelling())
                .put("exit_code", report.exitCode()).put("plan_id", report.planId());
        report.journal().ifPresent(j -> node.put("journal", j));
        report.done().forEach(node.putArray("done")::add);
        report.undone().forEach(node.putArray("undone")::add);
        var left = node.putArray("left");
        report.left().forEach(l -> left.addObject().put("step", l.step()).put("why", l.why()));
        report.problems().forEach(node.putArray("problems")::add);
        node.put("next", report.nextCommand());
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    }
}
