package dev.berth.render;

import dev.berth.diag.Diagnostic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** Validation reports: one line per diagnostic and a summary, or the same as JSON. */
public final class DiagnosticsRenderer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DiagnosticsRenderer() {}

    public static String text(String file, List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(d.format()).append('\n');
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        out.append(file).append(": ").append(errors == 0 ? "valid" : "invalid").append(" (")
                .append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append(")\n");
        return out.toString();
    }

    public static String json(String file, List<Diagnostic> diagnostics) {
        ObjectNode root = JSON.createObjectNode();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        root.put("file", file);
        root.put("valid", errors == 0);
        root.put("errors", errors);
        root.put("warnings", diagnostics.size() - errors);
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) list.add(json(d));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    public static ObjectNode json(Diagnostic d) {
        ObjectNode node = JSON.createObjectNode();
        node.put("severity", d.severity().label());
        d.position().ifPresent(p -> {
            node.put("file", p.file());
            node.put("line", p.line());
            node.put("column", p.column());
        });
        node.put("pointer", d.pointer());
        node.put("message", d.message());
        d.hint().ifPresent(h -> node.put("hint", h));
        return node;
    }

    static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}
