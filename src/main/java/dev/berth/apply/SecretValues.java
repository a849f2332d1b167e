package dev.berth.apply;

import dev.berth.drbd.ResourceFileWriter;
import dev.berth.drbd.SecretReference;
import dev.berth.model.Secret;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.ops.HostCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets a plan's commands need, resolved once before anything runs (a missing one stops the
 * apply before the first step, not in the middle). Plans carry {@code <redacted:SOURCE>}; here the
 * placeholder becomes the value, quoted as the resource file writer quotes it, only in the stdin
 * handed to the transport; and any text coming back (stderr) is redacted before it is kept.
 */
public final class SecretValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("<redacted:([^>\\s]+)>");

    private final Map<String, Secret> bySource;

    private SecretValues(Map<String, Secret> bySource) { this.bySource = bySource; }

    /** The secrets, or the problems: which source is missing and how to provide it. */
    static Resolution resolve(Plan plan, Function<String, Optional<String>> environment) {
        TreeMap<String, Secret> found = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Step step : plan.steps()) {
            List<HostCommand> all = new ArrayList<>(step.commands());
            all.addAll(step.undo());
            for (HostCommand command : all) {
                Matcher matcher = PLACEHOLDER.matcher(command.stdin());
                while (matcher.find()) {
                    String source = matcher.group(1);
                    if (found.containsKey(source) || problems.stream().anyMatch(p -> p.contains("'" + source + "'"))) continue;
                    read(source, environment).ifPresentOrElse(value -> found.put(source, Secret.of(source, value)),
                            () -> problems.add("the shared secret from '" + source + "' is not available: " + howToProvide(source)));
                }
            }
        }
        found.values().removeIf(secret -> {
            String value = secret.reveal();
            boolean bad = value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
            if (bad) problems.add("the shared secret from '" + secret.source() + "' is empty or has control characters");
            return bad;
        });
        return new Resolution(new SecretValues(found), problems);
    }

    record Resolution(SecretValues secrets, List<String> problems) {}

    /** One line per source whose value is not the one the plan was made with (by digest; a source the plan did not record is not compared). */
    List<String> changedSince(java.util.SortedMap<String, String> planned) {
        List<String> changed = new ArrayList<>();
        planned.forEach((source, digest) -> {
            Secret now = bySource.get(source);
            if (now != null && !now.digest().equals(digest)) {
                changed.add("the plan is stale: the shared secret from '" + source + "' has another value than when the plan was made");
            }
        });
        return changed;
    }

    /**
     * Source → digest of the current value of each shared secret the stack names, for the planner
     * (so that a changed secret is a change); an unreadable source is left out: apply says so.
     */
    public static java.util.Map<String, String> digests(dev.berth.desired.DesiredCluster cluster, Function<String, Optional<String>> environment) {
        java.util.Map<String, String> digests = new TreeMap<>();
        cluster.resources().values().forEach(resource -> cluster.group(resource.group())
                .flatMap(group -> resource.effectiveDrbd(group).sharedSecret()).map(dev.berth.desired.SecretSource::describe)
                .ifPresent(source -> read(source, environment).ifPresent(value -> digests.put(source, Secret.of(source, value).digest()))));
        return digests;
    }

    private static Optional<String> read(String source, Function<String, Optional<String>> environment) {
        if (source.startsWith("env:")) return environment.apply(source.substring(4));
        if (source.startsWith("file:")) {
            try {
                String text = Files.readString(Path.of(source.substring(5)), StandardCharsets.UTF_8);
                return Optional.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String howToProvide(String source) {
        if (source.startsWith("env:")) return "set the environment variable " + source.substring(4) + " for this apply";
        if (source.startsWith("file:")) return "make " + source.substring(5) + " readable on the machine that applies";
        return "the source kind is unknown; use env:NAME or file:/path in the stack";
    }

    /** The stdin a host receives: placeholders replaced by values, quoted as in a resource file. */
    String fill(String stdin) {
        String text = stdin;
        for (Secret secret : bySource.values()) {
            String placeholder = new SecretReference(secret.source()).redactedPlaceholder();
            text = text.replace(ResourceFileWriter.quote(placeholder), ResourceFileWriter.quote(secret.reveal()))
                    .replace(placeholder, secret.reveal());
        }
        return text;
    }

    /** Text from a host with every secret value put back behind its placeholder. */
    String redact(String text) {
        String result = text;
        for (Secret secret : bySource.values()) {
            result = result.replace(secret.reveal(), new SecretReference(secret.source()).redactedPlaceholder());
        }
        return result;
    }
}
