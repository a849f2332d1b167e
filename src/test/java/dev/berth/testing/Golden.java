package dev.berth.testing;

import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.QuietReporter;

import java.io.File;
import java.nio.file.Path;

/**
 * Golden files: approved outputs live in {@code golden/<name>.approved.<ext>} at the project
 * root, where reviewers read them. A mismatch leaves {@code .received.} beside it; to approve,
 * read it, then rename it (or run with {@code -Dberth.approve=true} and read the git diff).
 */
public final class Golden {
    private Golden() {}

    /** {@code name} is a path below golden/ without extension, e.g. {@code validate/unknown-keys}. */
    public static void verify(String name, String extension, String actual) {
        Options options = new Options().withReporter(Boolean.getBoolean("berth.approve")
                ? new org.approvaltests.reporters.AutoApproveReporter() : new QuietReporter());
        Approvals.verify(actual, options.forFile().withNamer(new GoldenNamer(name)).forFile().withExtension("." + extension));
    }

    public static void verify(String name, String actual) { verify(name, "txt", actual); }

    public static Path projectDir() {
        return Path.of(System.getProperty("berth.project.dir", System.getProperty("user.dir")));
    }

    private static final class GoldenNamer implements ApprovalNamer {
        private final String name;

        GoldenNamer(String name) { this.name = name; }

        @Override public String getApprovalName() { return name; }

        @Override public String getSourceFilePath() { return projectDir().resolve("golden").toString() + File.separator; }

        @Override public File getApprovedFile(String extension) { return file("approved", extension); }

        @Override public File getReceivedFile(String extension) { return file("received", extension); }

        private File file(String kind, String extension) {
            return projectDir().resolve("golden").resolve(name + "." + kind + extension).toFile();
        }

        @Override public ApprovalNamer addAdditionalInformation(String info) { return this; }

        @Override public String getAdditionalInformation() { return ""; }
    }
}
