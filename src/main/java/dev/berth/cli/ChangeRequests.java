package dev.berth.cli;

import dev.berth.review.ChangeRequest;
import dev.berth.review.SpecDiff;
import dev.berth.source.GitRepository;
import dev.berth.source.GitSource;
import dev.berth.source.SourceException;
import dev.berth.spec.LoadedStack;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code berth plan STACK --git REPO --base REV --head REV}: both revisions read from one opened
 * repository, the hosts discovered once, then the head planned (what will happen) and the base
 * planned (what already differs from the base: drift the change did not make).
 */
final class ChangeRequests {
    private ChangeRequests() {}

    static ChangeRequest plan(StackOptions options, PlanFlags flags, String base, String head, PrintWriter err) {
        if (options.git == null) throw new UserError("--base and --head need --git REPO (the repository holding both revisions)", ExitCode.USAGE);
        if (base == null || head == null) throw new UserError("a change request needs both --base REV and --head REV", ExitCode.USAGE);
        if (options.rev != null) throw new UserError("--rev cannot be combined with --base and --head: --head is the revision planned", ExitCode.USAGE);
        GitSource baseSource;
        GitSource headSource;
        String repository;
        try (GitRepository opened = options.openGit()) {
            repository = opened.shown();
            baseSource = opened.stack(base, options.stack.toString());
            headSource = opened.stack(head, options.stack.toString());
        } catch (SourceException e) {
            throw new UserError(e.getMessage());
        }
        Planning.Planned planned = Planning.plan(options, headSource, flags, err);
        ChangeRequest.Revision headRevision = revision(headSource, Optional.of(planned));
        if (baseSource.file().isEmpty()) { // the change request adds the stack: nothing to compare with, no drift from it
            return new ChangeRequest(repository, headSource.path(), revision(baseSource, Optional.empty()), headRevision,
                    SpecDiff.added(planned.cluster()), planned.plan(), Optional.empty());
        }
        LoadedStack baseStack = StackOptions.loadStack(err, baseSource);
        Planning.Planned baseline = Planning.planOn(baseStack, baseSource, planned.observed(), planned.plan().basis().target(), flags);
        return new ChangeRequest(repository, headSource.path(), revision(baseSource, Optional.of(baseline)), headRevision,
                SpecDiff.between(baseline.cluster(), planned.cluster()), planned.plan(), Optional.of(baseline.plan()));
    }

    private static ChangeRequest.Revision revision(GitSource source, Optional<Planning.Planned> planned) {
        return new ChangeRequest.Revision(source.revision(), source.commit(), planned.map(p -> p.plan().basis().specDigest()));
    }
}
