package dev.berth.sim.drbd;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real drbd-utils of this machine. drbdadm is asked what {@code adjust} would do for a
 * resource file and a kernel state given as {@code drbdsetup show} text (FAKE_DRBDSETUP_SHOW, the
 * variable drbd-utils' own adjust tests use), pretending to be a host (__DRBD_NODE__) with a 9.2
 * module; drbdmeta works on a plain file (with --force), which needs no kernel either. Skipped
 * with a printed reason where drbd-utils is missing, except under CI=true, where that is a failure.
 */
final class InstalledDrbdUtils {
    private final Path folder;

    /** What a real command printed. */
    record Run(int exitCode, String stdout, String stderr) {}

    private InstalledDrbdUtils(Path folder) {
        this.folder = folder;
    }

    static InstalledDrbdUtils require(Path folder) {
        Optional<Path> found = List.of("/usr/sbin", "/sbin", "/usr/local/sbin").stream().map(f -> Path.of(f, "drbdadm")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String reason = "drbdadm is not installed (apt-get install drbd-utils); the comparison with the real tool is skipped";
            if ("true".equals(System.getenv("CI"))) fail("CI=true but " + reason);
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return new InstalledDrbdUtils(folder);
    }

    /** {@code drbdmeta ARGS...} run for real. */
    Run drbdmeta(String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("/usr/sbin/drbdmeta"));
        argv.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "meta", ".out");
        Path err = Files.createTempFile(folder, "meta", ".err");
        Process process = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("drbdmeta did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** stdout of {@code drbdadm -d adjust RESOURCE} as {@code hostname}, for {@code resourceFile} over the kernel of {@code show}. */
    String dryRunAdjust(String hostname, String resource, String resourceFile, String show) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(folder, "real");
        Path file = Files.writeString(work.resolve(resource + ".res"), resourceFile);
        Path config = Files.writeString(work.resolve("drbd.conf"), "global { disable-ip-verification; usage-count no; }\ninclude \"" + file + "\";\n");
        Path kernel = Files.writeString(work.resolve("show.txt"), show);
        List<String> argv = new ArrayList<>(List.of("drbdadm", "-c", config.toString(), "-d", "adjust", resource));
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.environment().put("PATH", "/usr/sbin:/sbin:" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("__DRBD_NODE__", hostname);
        builder.environment().put("DRBD_DRIVER_VERSION_OVERRIDE", "9.2.5");
        builder.environment().put("FAKE_DRBDSETUP_SHOW", kernel.toString());
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("drbdadm did not finish");
        }
        if (process.exitValue() != 0) fail("real drbdadm exit " + process.exitValue() + ": " + Files.readString(err) + "\nshow:\n" + show);
        return Files.readString(out);
    }
}
