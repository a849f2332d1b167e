package dev.berth.sim.drbd;

import dev.berth.drbd.ConfigOutline;
import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ParsedResource;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.sim.HostFiles;
import dev.berth.sim.SimHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configuration as drbdadm reads it on a host: {@code /etc/drbd.conf} (or {@code -c}), its
 * includes resolved relative to the including file's folder with glob patterns sorted, the
 * {@code --config-to-test} file added and the {@code --config-to-exclude} file skipped (LINSTOR's
 * check of a new file). Resources are read with the drbd model, {@code common} sections applied.
 */
final class DrbdConfig {
    /** One resource and where it is defined. */
    record Defined(String file, int line, ParsedResource parsed) {
        String name() { return parsed.resource().name(); }
    }

    /** Why the configuration could not be read, in drbdadm's words where it has some. */
    static final class Unreadable extends Exception {
        final int exitCode;

        Unreadable(int exitCode, String message) {
            super(message, null, false, false);
            this.exitCode = exitCode;
        }
    }

    final Map<String, String> global = new LinkedHashMap<>();
    Optional<Map<String, Map<String, String>>> common = Optional.empty();
    final List<Defined> resources = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    static DrbdConfig read(SimHost host, DrbdadmArguments args) throws Unreadable {
        DrbdConfig config = new DrbdConfig();
        config.load(host, args.configFile, args.configToExclude, 0);
        if (args.configToTest.isPresent()) config.load(host, args.configToTest.get(), Optional.empty(), 1);
        for (Map.Entry<String, String> file : config.texts.entrySet()) config.model(file.getKey(), file.getValue());
        return config;
    }

    private void load(SimHost host, String path, Optional<String> exclude, int depth) throws Unreadable {
        if (exclude.filter(path::equals).isPresent() || texts.containsKey(path)) return;
        String text = host.files().read(path).orElseThrow(() -> new Unreadable(20, "Can not open '" + path + "'.\n."));
        ConfigOutline.ParseResultOr outline = ConfigOutline.read(text);
        if (outline.problem().isPresent()) {
            throw new Unreadable(10, path + ":" + outline.problem().get().line() + ": " + outline.problem().get().message());
        }
        texts.put(path, text);
        ConfigOutline parts = outline.outline().orElseThrow();
        global.putAll(parts.global());
        if (parts.common().isPresent()) common = parts.common();
        if (depth > 10) return;
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ".";
        for (String include : parts.includes()) {
            String pattern = include.startsWith("/") ? include : folder + "/" + include;
            for (String file : glob(host, pattern)) load(host, file, exclude, depth + 1);
        }
    }

    private static List<String> glob(SimHost host, String pattern) {
        if (!pattern.contains("*") && !pattern.contains("?")) return List.of(pattern);
        String folder = pattern.substring(0, pattern.lastIndexOf('/'));
        Pattern names = Pattern.compile(pattern.substring(pattern.lastIndexOf('/') + 1).replace(".", "\\.").replace("*", ".*").replace("?", "."));
        try {
            return host.files().list(folder).stream().filter(n -> names.matcher(n).matches())
                    .filter(n -> host.files().kind(folder + "/" + n) == HostFiles.Kind.FILE).map(n -> folder + "/" + n).toList();
        } catch (HostFiles.Problem missing) {
            return List.of();
        }
    }

    /** The file's resources read with the common sections (drbdadm applies them wherever they are written). */
    private void model(String file, String text) throws Unreadable {
        ConfigOutline outline = ConfigOutline.read(text).outline().orElseThrow();
        if (outline.resourceLines().isEmpty()) return;
        ParseResult parsed = ResourceFileParser.parse(text + "\n" + commonText());
        if (parsed.problem().isPresent()) {
            throw new Unreadable(127, "berth-lab: drbdadm: " + file + ":" + parsed.problem().get().line() + ":" + parsed.problem().get().column()
                    + ": " + parsed.problem().get().message() + " (the lab reads only what Berth's DRBD model reads)");
        }
        for (ParsedResource resource : parsed.resources()) {
            resources.add(new Defined(file, outline.resourceLines().getOrDefault(resource.resource().name(), 1), resource));
        }
    }

    private String commonText() {
        if (common.isEmpty()) return "";
        StringBuilder text = new StringBuilder("common {");
        common.get().forEach((section, options) -> {
            text.append(' ').append(section).append(" {");
            options.forEach((key, value) -> text.append(' ').append(key).append(" \"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\";"));
            text.append(" }");
        });
        return text.append(" }\n").toString();
    }

    Optional<Defined> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
