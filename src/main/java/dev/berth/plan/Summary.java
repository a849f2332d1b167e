package dev.berth.plan;

/** {@code Plan: N to add, N to change, N to destroy, N blocked.} counted over addresses. */
public record Summary(int add, int change, int destroy, long blocked, int refusals) {
    static Summary of(Plan plan) {
        int add = 0;
        int change = 0;
        int destroy = 0;
        for (ResourceChange c : plan.resourceChanges()) {
            if (c.actions().contains(Action.CREATE)) add++;
            if (c.actions().contains(Action.UPDATE)) change++;
            if (c.actions().contains(Action.DELETE)) destroy++;
        }
        return new Summary(add, change, destroy, plan.blockedSteps(), plan.refusals().size());
    }

    @Override
    public String toString() {
        return "Plan: " + add + " to add, " + change + " to change, " + destroy + " to destroy, " + blocked + " blocked.";
    }
}
