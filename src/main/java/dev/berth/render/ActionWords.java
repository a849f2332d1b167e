package dev.berth.render;

import dev.berth.plan.Action;
import dev.berth.plan.ResourceChange;

import java.util.List;
import java.util.Map;

/** What each change symbol means, in the words of Terraform's plan output, for the legend and each block's heading. */
final class ActionWords {
    /** Legend order: the order a reviewer meets them in a typical plan. */
    static final List<String> SYMBOLS = List.of("+", "~", "-", "-/+", "+/-");

    private static final Map<String, String> LEGEND = Map.of(
            "+", "create",
            "~", "update in place",
            "-", "destroy",
            "-/+", "destroy and then create replacement",
            "+/-", "create replacement and then destroy");

    private static final Map<String, String> HEADING = Map.of(
            "+", "will be created",
            "~", "will be updated in place",
            "-", "will be destroyed",
            "-/+", "must be replaced: destroyed, then created",
            "+/-", "will be replaced: the new one created first, then the old one destroyed");

    private ActionWords() {}

    static String legend(String symbol) { return LEGEND.get(symbol); }

    static String heading(ResourceChange change) { return HEADING.get(change.symbol()); }

    /** No-op entries are in the JSON for completeness; the human views leave them out, as Terraform's does. */
    static boolean isShown(ResourceChange change) { return !change.actions().equals(List.of(Action.NO_OP)); }
}
