package dev.berth.spec;

import dev.berth.diag.Diagnostic;
import dev.berth.diag.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads one YAML document with SnakeYAML Engine's composer, so that every node keeps its
 * position. YAML 1.2 core schema: {@code yes}/{@code no} stay strings, as DRBD spells them.
 * Every failure becomes a diagnostic, never an exception.
 */
public final class YamlReader {
    /** Stack files are small; a bigger one is a mistake (a disk image named stack.yaml). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    public record Result(Optional<YamlDocument> document, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private YamlReader() {}

    public static Result read(String file, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(file, 1, 1, "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; is this really a stack?");
        }
        Optional<String> text = decode(content);
        if (text.isEmpty()) return failed(file, 1, 1, "file is not UTF-8 text");
        Optional<Result> unprintable = firstUnprintable(file, text.get());
        if (unprintable.isPresent()) return unprintable.get();
        if (text.get().isBlank()) return failed(file, 1, 1, "file is empty; a stack starts with 'apiVersion: berth/v1'");
        try {
            return compose(file, text.get());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            return failed(file, line, column, "YAML syntax error: " + describe(e));
        } catch (YamlEngineException e) {
            return failed(file, 1, 1, "YAML error: " + e.getMessage());
        }
    }

    private static Result compose(String file, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(file).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // duplicates are reported by the converter, all of them, with positions
                .setMaxAliasesForCollections(50)
                .setAllowNonScalarKeys(true) // reported by the converter, with a position
                .build();
        Iterator<Node> documents = new Compose(settings).composeAllFromString(text).iterator();
        if (!documents.hasNext()) return failed(file, 1, 1, "file holds no YAML document; a stack starts with 'apiVersion: berth/v1'");
        Node first = documents.next();
        if (documents.hasNext()) {
            Node second = documents.next();
            int line = second.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            return failed(file, line, 1, "file holds more than one YAML document; a stack is one document");
        }
        return new YamlTreeConverter(file).convert(first);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("TAB")) return "a tab character; YAML indents with spaces, never tabs";
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        String opened = e.getContextMark().filter(m -> e.getProblemMark().map(p -> p.getLine() != m.getLine()).orElse(false))
                .map(m -> " (opened at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")").orElse("");
        return context + problem.strip() + opened;
    }

    private static Optional<String> decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** YAML allows tab, line breaks and printable characters only; anything else means binary content. */
    private static Optional<Result> firstUnprintable(String file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!printable) {
                return Optional.of(failed(file, line, column,
                        String.format("control character U+%04X is not allowed in YAML; is this a binary file?", c)));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    static Result failed(String file, int line, int column, String message) {
        List<Diagnostic> one = new ArrayList<>();
        one.add(Diagnostic.error(message).at(new SourcePosition(file, line, column)));
        return new Result(Optional.empty(), one);
    }
}
