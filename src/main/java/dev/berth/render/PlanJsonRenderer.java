package dev.berth.render;

import dev.berth.plan.Plan;
import dev.berth.plan.codec.PlanCodec;

/**
 * {@code berth plan --format json}: exactly the saved-plan format ({@code schemas/plan.schema.json}),
 * so what a pipeline parses, what {@code --out FILE} saves and what apply loads are one document.
 * The human views render the same data this carries; nothing here is decided again.
 */
public final class PlanJsonRenderer {
    private PlanJsonRenderer() {}

    public static String render(Plan plan) { return PlanCodec.save(plan); }
}
