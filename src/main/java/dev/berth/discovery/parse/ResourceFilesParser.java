package dev.berth.discovery.parse;

import dev.berth.drbd.ParseResult;
import dev.berth.drbd.ParsedResource;
import dev.berth.drbd.ResourceFileParser;
import dev.berth.observed.ResourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code find /etc/drbd.d -maxdepth 1 -type f -name *.res -printf %p\0 -exec cat {} ; -printf \0}:
 * every resource file as {@code path NUL content NUL}. A NUL cannot occur in a path or in DRBD
 * configuration text, so the split is exact. A missing folder means no files. A file cat could
 * not read shows only on stderr (find still exits 0), and then the listing is unknown rather than
 * a file that looks empty.
 */
public final class ResourceFilesParser {
    private ResourceFilesParser() {}

    public static Parsed<List<ResourceFile>> parse(CommandOutput output) {
        if (output.exitCode() == 1 && output.stderr().contains("No such file or directory") && output.stdout().isEmpty()) {
            return Parsed.value(List.of());
        }
        if (output.exitCode() != 0 || output.stderr().contains("cat:")) return Parsed.commandFailed(OutputProblem.failed(output));
        String stdout = output.stdout();
        if (stdout.isEmpty()) return Parsed.value(List.of());
        String[] parts = stdout.split("\0", -1);
        // path, content, path, content, ..., "" after the last NUL.
        if (parts.length % 2 == 0 || !parts[parts.length - 1].isEmpty()) {
            int line = (int) stdout.chars().filter(c -> c == '\n').count() + 1;
            String lastPath = parts.length % 2 == 0 ? parts[parts.length - 2] : parts[parts.length - 1];
            return Parsed.unreadable(OutputProblem.at(output, line, 1,
                    "expected 'path NUL content NUL' records; the one of " + lastPath + " is incomplete"));
        }
        List<ResourceFile> files = new ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i += 2) files.add(file(parts[i], parts[i + 1]));
        files.sort(Comparator.comparing(ResourceFile::path));
        return Parsed.value(files);
    }

    static ResourceFile file(String path, String content) {
        SortedMap<String, String> digests = new TreeMap<>();
        ParseResult parsed;
        try {
            parsed = ResourceFileParser.parse(content);
        } catch (RuntimeException modelRefused) {
            // A file the model cannot read still exists and is still listed, just without digests.
            parsed = null;
        }
        if (parsed != null) {
            for (ParsedResource resource : parsed.resources()) {
                resource.sharedSecret().ifPresent(secret -> digests.put(resource.resource().name(), secret.digest()));
            }
        }
        return new ResourceFile(path, SecretRedaction.redact(content), ResourceFileParser.isWrittenByBerth(content), digests);
    }
}
