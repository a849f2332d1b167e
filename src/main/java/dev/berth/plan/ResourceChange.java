package dev.berth.plan;

import dev.berth.model.Address;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the plan does to one address: actions as Terraform writes them ({@code [create]},
 * {@code [update]}, {@code [delete]}, {@code [delete, create]} for a replace, {@code [create,
 * delete]} for a move), and the address's attributes before and after, flattened to sorted
 * name → text pairs so that every renderer shows the same difference.
 */
public record ResourceChange(Address address, List<Action> actions, SortedMap<String, String> before,
                             SortedMap<String, String> after, String reason) {
    public ResourceChange {
        actions = List.copyOf(actions);
        before = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(before));
        after = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(after));
    }

    /** {@code +}, {@code ~}, {@code -}, {@code -/+} or {@code +/-}. */
    public String symbol() {
        if (actions.size() == 2) return actions.get(0).symbol() + "/" + actions.get(1).symbol();
        return actions.get(0).symbol();
    }
}
