package dev.berth;

import dev.berth.testing.Golden;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's layering (design.md), read from the import lines: each package may use only the
 * packages listed for it (itself, its sub-packages and {@code model} always), and the libraries
 * that touch the world stay at their edge.
 */
class ArchitectureTest {
    static final Path SOURCES = Golden.projectDir().resolve("src/main/java/dev/berth");

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("model", Set.of()),
            entry("diag", Set.of()),
            entry("desired", Set.of("diag")),
            entry("spec", Set.of("desired", "diag")),
            entry("observed", Set.of("diag")),
            entry("drbd", Set.of()),
            entry("discovery.parse", Set.of("observed", "drbd", "diag")),
            entry("transport", Set.of("diag")),
            entry("transport.ssh", Set.of("transport", "diag")),
            entry("discovery", Set.of("discovery.parse", "observed", "transport", "drbd", "diag", "desired")),
            entry("diff", Set.of("desired", "observed", "diag")),
            entry("ops", Set.of("drbd", "observed", "desired", "transport")),
            entry("plan", Set.of("ops", "diff", "desired", "observed", "drbd", "diag")),
            entry("plan.placement", Set.of("desired", "observed", "drbd", "diag")),
            // saved plans: the plan records and the operations they hold, in and out of JSON; desired only for Backend's spelling
            entry("plan.codec", Set.of("plan", "ops", "desired", "diag")),
            // ops: a plan's steps are made of its values (Risk, HostCommand, WaitCondition), which the plan views print
            entry("render", Set.of("plan", "ops", "diff", "drift", "observed", "desired", "apply.events", "diag", "review")),
            entry("journal", Set.of("plan")),
            // drift reads the plan (its normalised differences), the observed status and the hosts' state files
            entry("drift", Set.of("plan", "ops", "drbd", "desired", "observed", "journal", "diag")),
            entry("sim", Set.of("transport", "drbd")),
            // the values that leave the engine (events, the report): plain data that renderers print
            entry("apply.events", Set.of()),
            entry("apply", Set.of("plan", "ops", "transport", "journal", "discovery", "observed", "drbd", "diag")),
            entry("source", Set.of("spec", "desired", "diag")),
            // a change request as a reviewer reads it: the spec change (desired), the head's and the base's plans
            entry("review", Set.of("plan", "desired", "diag")),
            entry("reconcile", Set.of("source", "plan", "apply", "discovery", "render", "observed", "desired", "spec", "diff", "drift", "diag", "transport")),
            entry("lab", Set.of("sim", "desired", "transport")),
            // the DRBD kernel stand-in of real test hosts: the simulated DRBD kernel over the host's real volumes
            entry("standin", Set.of("sim")),
            entry("cli", Set.of("*")));

    /** Libraries that belong to one edge of the system. */
    static final Map<String, Set<String>> LIBRARIES = Map.of(
            "org.snakeyaml.", Set.of("spec"),
            // plan.codec validates saved plans against schemas/plan.schema.json before decoding them
            "com.networknt.", Set.of("spec", "plan.codec"),
            "net.schmizz.", Set.of("transport.ssh"),
            "com.hierynomus.", Set.of("transport.ssh"),
            "org.eclipse.jgit.", Set.of("source"),
            "picocli.", Set.of("cli"));

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    @Test
    void eachPackageImportsOnlyWhatItsLayerMayUse() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            String layer = layerOf(pkg);
            if (!ALLOWED.containsKey(layer)) {
                violations.add(file + ": package dev.berth." + pkg + " has no layer in ArchitectureTest.ALLOWED");
                continue;
            }
            Matcher imports = IMPORT.matcher(read(file));
            while (imports.find()) {
                String imported = imports.group(1) + ".";
                if (imported.startsWith("dev.berth.")) {
                    String target = imports.group(1).substring("dev.berth.".length());
                    if (!mayUse(layer, pkg, target)) violations.add(file + ": " + layer + " may not import dev.berth." + target);
                }
                LIBRARIES.forEach((prefix, owners) -> {
                    if (imported.startsWith(prefix) && owners.stream().noneMatch(o -> pkg.equals(o) || pkg.startsWith(o + "."))) {
                        violations.add(file + ": " + prefix + "* belongs to " + owners + ", not " + pkg);
                    }
                });
            }
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void everyPackageTellsItsStory() {
        List<String> missing = new ArrayList<>();
        javaFiles().stream().map(Path::getParent).distinct().forEach(folder -> {
            if (!Files.exists(folder.resolve("package-info.java"))) missing.add(folder.toString());
        });
        assertTrue(missing.isEmpty(), () -> "no package-info.java in " + missing);
    }

    static boolean mayUse(String layer, String pkg, String target) {
        String targetLayer = layerOf(target);
        if (target.equals("model") || targetLayer.equals(layer) || target.startsWith(pkg + ".")) return true;
        Set<String> allowed = ALLOWED.get(layer);
        return allowed.contains("*") || allowed.contains(targetLayer) || allowed.contains(target)
                || allowed.stream().anyMatch(a -> target.startsWith(a + "."));
    }

    /** The most specific entry of ALLOWED that the package belongs to ({@code discovery.parse} before {@code discovery}). */
    static String layerOf(String pkg) {
        String best = pkg;
        for (String candidate = pkg; !candidate.isEmpty(); candidate = candidate.contains(".") ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
            if (ALLOWED.containsKey(candidate)) return candidate;
        }
        return best;
    }

    static String packageOf(Path file) {
        return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
    }

    static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
