package dev.berth.spec;

import com.networknt.schema.Error;
import dev.berth.desired.DesiredCluster;
import dev.berth.diag.Diagnostic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads a stack: YAML (with positions) → JSON Schema → desired model → semantic checks. All
 * problems of one run are reported together; the model is returned only when there is no error.
 */
public final class StackReader {
    public static final String STACK_FILE = "stack.yaml";
    private static final ObjectMapper CANONICAL = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private StackReader() {}

    /** A stack folder (holding stack.yaml) or the stack file itself. */
    public static LoadedStack read(Path stack) {
        Path file = Files.isDirectory(stack) ? stack.resolve(STACK_FILE) : stack;
        String shown = file.toString();
        if (!Files.exists(stack)) return failed(stack.toString(), "no such stack: " + stack);
        if (!Files.isRegularFile(file)) return failed(shown, "no " + STACK_FILE + " in " + stack);
        try {
            return read(shown, Files.readAllBytes(file));
        } catch (IOException e) {
            return failed(shown, "cannot read " + shown + ": " + e.getMessage());
        }
    }

    /** {@code shownName} is what diagnostics call the file ({@code stacks/a/stack.yaml}, {@code REV:path}). */
    public static LoadedStack read(String shownName, byte[] content) {
        YamlReader.Result yaml = YamlReader.read(shownName, content);
        if (yaml.document().isEmpty()) return new LoadedStack(shownName, Optional.empty(), yaml.diagnostics(), Optional.empty());
        YamlDocument document = yaml.document().get();
        List<Diagnostic> found = new ArrayList<>(yaml.diagnostics());
        List<Error> schemaErrors = StackSchema.get().validate(document.root());
        if (!schemaErrors.isEmpty()) {
            found.addAll(new SchemaDiagnostics(StackSchema.get(), document).describe(schemaErrors));
            return new LoadedStack(shownName, Optional.empty(), found, Optional.empty());
        }
        DesiredCluster cluster = DesiredClusterReader.read(document.root());
        for (Diagnostic d : SemanticChecks.check(cluster, document.root())) found.add(d.at(positionOf(document, d.pointer())));
        boolean valid = found.stream().noneMatch(Diagnostic::isError);
        return new LoadedStack(shownName, valid ? Optional.of(cluster) : Optional.empty(), found,
                Optional.of(digest(document.root())));
    }

    /** Containers are shown at their key (the line a person looks for), scalars at their value. */
    private static dev.berth.diag.SourcePosition positionOf(YamlDocument document, String pointer) {
        JsonNode node = document.root().at(pointer);
        return node.isContainer() ? document.sourceMap().keyPosition(pointer) : document.sourceMap().valuePosition(pointer);
    }

    /** SHA-256 of the canonical JSON form: comments, key order and quoting do not change it. */
    static String digest(JsonNode root) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(root, Object.class)).getBytes(StandardCharsets.UTF_8);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static LoadedStack failed(String file, String message) {
        return new LoadedStack(file, Optional.empty(), List.of(Diagnostic.error(message)), Optional.empty());
    }
}
