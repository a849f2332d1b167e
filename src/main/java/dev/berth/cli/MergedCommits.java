package dev.berth.cli;

import dev.berth.plan.Basis;
import dev.berth.plan.Plan;
import dev.berth.source.GitSource;
import dev.berth.spec.LoadedStack;

/**
 * {@code berth apply --plan FILE --git REPO --rev MERGED}: a change request is often merged as a
 * new commit (a merge or a squash), so the reviewed plan's commit is not the merged one. What was
 * reviewed may be applied only when the merged commit's stack has the reviewed stack's digest.
 */
final class MergedCommits {
    private MergedCommits() {}

    static void requireReviewedSpec(Plan plan, LoadedStack merged, GitSource mergedSource) {
        String digest = merged.digest().orElseThrow();
        if (digest.equals(plan.basis().specDigest())) return;
        String reviewed = plan.basis().source().map(MergedCommits::described).orElse("the stack " + plan.basis().stack());
        throw new UserError("the stack at " + mergedSource.revision() + " (commit " + mergedSource.abbreviated() + ", " + digest
                + ") is not the one the plan was made from (" + reviewed + ", " + plan.basis().specDigest()
                + "); plan the merged commit again and review that plan", ExitCode.REFUSED);
    }

    private static String described(Basis.Source source) {
        return "commit " + source.commit().substring(0, Math.min(12, source.commit().length())) + " of " + source.repository();
    }
}
