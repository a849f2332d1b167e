package dev.berth.render;

import dev.berth.plan.Plan;
import dev.berth.testing.BigPlans;
import dev.berth.testing.Golden;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change-request comment holds at most 65,536 characters: a plan that fits is shown whole, one
 * that does not is collapsed to one line per address, and one that still does not is cut with a
 * note that says how many addresses are missing and how to see them.
 */
class PlanMarkdownLimitTest {
    private static final String COLLAPSED = "do not fit in one comment: one line each";

    @Test
    void aPlanOf2000ResourcesIsCollapsedThenCut() {
        Plan plan = BigPlans.greenfield(2000);
        String markdown = PlanMarkdownRenderer.render(plan);
        assertTrue(markdown.length() <= PlanMarkdownRenderer.LIMIT, () -> "length " + markdown.length());
        assertTrue(markdown.startsWith("### 📝 14000 to add, 0 to change, 0 to destroy\n"));
        assertTrue(markdown.contains(COLLAPSED));
        assertTrue(markdown.endsWith(" more addresses not shown (" + shown(markdown) + " of 14000). See everything with `berth show PLAN_FILE`.\n"),
                () -> markdown.substring(markdown.length() - 300));
        Golden.verify("plan/big-2000", "md", markdown);
    }

    @Test
    void aPlanThatFitsOnceCollapsedIsNotCut() {
        String markdown = PlanMarkdownRenderer.render(BigPlans.greenfield(40));
        assertTrue(markdown.contains(COLLAPSED));
        assertFalse(markdown.contains("not shown"));
        assertFalse(markdown.contains("<details>"));
        assertEquals(40 * 7, markdown.lines().filter(l -> l.startsWith("- `+ ")).count());
    }

    @Test
    void aPlanThatFitsIsShownWhole() {
        String markdown = PlanMarkdownRenderer.render(BigPlans.greenfield(5));
        assertFalse(markdown.contains(COLLAPSED));
        assertEquals(5, markdown.lines().filter(l -> l.equals("<details>")).count());
    }

    @Test
    void everySizeStaysWithinTheLimitAndTheNoteNamesTheGivenFile() {
        for (int count : new int[] {1, 12, 13, 14, 100, 600}) {
            String markdown = PlanMarkdownRenderer.render(BigPlans.greenfield(count), new PlanMarkdownRenderer.Options("plans/42.json"));
            assertTrue(markdown.length() <= PlanMarkdownRenderer.LIMIT, count + " resources: " + markdown.length());
            if (markdown.contains("not shown")) assertTrue(markdown.endsWith("`berth show plans/42.json`.\n"));
        }
    }

    private static int shown(String markdown) {
        return (int) markdown.lines().filter(l -> l.startsWith("- `+ ")).count();
    }
}
