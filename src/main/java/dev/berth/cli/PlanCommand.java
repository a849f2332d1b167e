package dev.berth.cli;

import dev.berth.apply.UnfinishedApplies;
import dev.berth.plan.Plan;
import dev.berth.plan.codec.PlanCodec;
import dev.berth.render.ChangeRequestJsonRenderer;
import dev.berth.render.ChangeRequestMarkdownRenderer;
import dev.berth.render.ChangeRequestTextRenderer;
import dev.berth.render.PlanTextRenderer;
import dev.berth.review.ChangeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code berth plan STACK}: what apply would do, in order, with every refusal. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Discover the hosts and show the ordered plan that would make them match the stack.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (no changes, or any plan without --detailed-exitcode)", "1:error",
                "2:changes present (with --detailed-exitcode)", "3:refused by a safety rule, or steps blocked", "64:usage error"})
final class PlanCommand extends BerthSubcommand {
    @Mixin
    StackOptions stackOptions;

    @Mixin
    PlanFlags planFlags;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json, markdown or dot.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the plan (its JSON) to FILE, for review and 'berth apply --plan FILE'.")
    Path outFile;

    @Option(names = "--verbose", description = "Show every step's exact commands, undo and predicted drbdsetup lines.")
    boolean verbose;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when there are changes (0 only when there are none).")
    boolean detailedExitCode;

    @Option(names = "--base", paramLabel = "REV",
            description = "With --git and --head: a change request's target revision; shows the spec change from it and the drift that exists already.")
    String base;

    @Option(names = "--head", paramLabel = "REV", description = "With --git and --base: the change request's revision, planned against the live hosts.")
    String head;

    @Override
    public Integer call() throws IOException {
        if (base != null || head != null) return changeRequest();
        requireFormat(format, ReportFormat.text, ReportFormat.json, ReportFormat.markdown, ReportFormat.dot);
        Planning.Planned planned = Planning.plan(stackOptions, planFlags, err());
        Plan plan = planned.plan();
        // a warning, not a refusal: looking at what apply would do is always safe, and helps decide resume or rollback
        UnfinishedApplies.message(Planning.unfinished(planned), stackOptions.stateDir).forEach(line -> err().println("warning: " + line));
        save(plan);
        if (outFile == null || format != ReportFormat.json) {
            PlanViews.print(plan, format, verbose, format == ReportFormat.text && PlanViews.colour(), out());
        }
        return PlanViews.exitCode(plan, detailedExitCode);
    }

    /** The spec change, the head's plan and the existing drift; --out saves the head's plan for 'apply --plan' after the merge. */
    private int changeRequest() throws IOException {
        requireFormat(format, ReportFormat.text, ReportFormat.json, ReportFormat.markdown);
        ChangeRequest request = ChangeRequests.plan(stackOptions, planFlags, base, head, err());
        save(request.plan());
        String report = switch (format) {
            case json -> ChangeRequestJsonRenderer.render(request);
            case markdown -> ChangeRequestMarkdownRenderer.render(request, outFile == null ? "PLAN_FILE" : outFile.toString());
            default -> ChangeRequestTextRenderer.render(request, new PlanTextRenderer.Options(verbose, PlanViews.colour()));
        };
        out().print(report);
        out().flush();
        return PlanViews.exitCode(request.plan(), detailedExitCode);
    }

    private void save(Plan plan) throws IOException {
        if (outFile != null) {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            // streamed (a 10,000-resource plan is hundreds of MB as one string), to a sibling first: no half-written plan
            Path partial = outFile.resolveSibling(outFile.getFileName() + ".partial");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                PlanCodec.save(plan, out);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, outFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            err().println("plan " + plan.planId() + " saved to " + outFile);
        }
    }
}
