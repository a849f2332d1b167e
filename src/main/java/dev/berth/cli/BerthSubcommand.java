package dev.berth.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** What every verb shares: its streams, report output to stdout or {@code --out}, format checks. */
abstract class BerthSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    /** Data goes to stdout, or to the file named by {@code --out}. */
    void emit(String report, Path outFile) {
        if (outFile == null) {
            out().print(report);
            out().flush();
            return;
        }
        try {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(outFile, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + outFile + ": " + e.getMessage());
        }
    }

    void requireFormat(ReportFormat chosen, ReportFormat... allowed) {
        Set<ReportFormat> ok = EnumSet.noneOf(ReportFormat.class);
        ok.addAll(java.util.List.of(allowed));
        if (!ok.contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format " + chosen + " is not available for '" + spec.name() + "'; choose one of " + ok);
        }
    }
}
