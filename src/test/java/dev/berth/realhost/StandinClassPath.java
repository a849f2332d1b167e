package dev.berth.realhost;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The class path the DRBD stand-in runs with in the tests: this run's own classes (not a jar from
 * an older build) packed into one jar, plus the dependency jars. Jars only, because then the
 * stand-in keeps a class-data archive per run and a call takes ≈ 0.7 s instead of ≈ 2 s.
 */
final class StandinClassPath {
    private static String built;
    private static Path archive;

    private StandinClassPath() {}

    static synchronized String get() {
        if (built != null) return built;
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : testClassPath.split(":")) {
            if (entry.isEmpty()) continue;
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.getFileName().toString().equals("classes")) entries.add(0, pack(path).toString());
            else if (!Files.isDirectory(path)) entries.add(entry);
        }
        built = String.join(":", entries);
        return built;
    }

    /**
     * Makes the run's class-data archive once, with one call on host 1, rather than on every host
     * at once on the first discovery; later test classes reuse the archive of the first.
     */
    static synchronized void warmUp(RealHosts hosts) {
        Path shared = hosts.sharedDir().resolve("standin.jsa");
        try {
            if (archive != null) {
                Files.copy(archive, shared);
                return;
            }
            hosts.ssh(1, "drbdsetup status --json");
            if (Files.isRegularFile(shared)) {
                archive = Files.createTempFile("berth-standin", ".jsa");
                archive.toFile().deleteOnExit();
                Files.copy(shared, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the DRBD stand-in's class-data archive", e);
        }
    }

    private static Path pack(Path classes) {
        try {
            Path jar = Files.createTempFile("berth-standin-classes", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + classes + " for the DRBD stand-in", e);
        }
    }
}
