package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads drbd.conf text into {@link ConfigNode}s: words (plain or double-quoted with {@code \"} and
 * {@code \\} escapes), {@code ;}, {@code { }}, and {@code #} comments to the end of the line. The
 * comments are kept apart because Berth records its secret's source in one.
 */
final class ConfigSyntax {
    /** The statements of a file and its comments (line number, text after {@code #}). */
    record Document(List<ConfigNode> statements, List<ConfigNode.Word> comments) {}

    /** Internal only: turned into a {@link ConfigProblem} value before it leaves {@link #read}. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ConfigProblem problem;

        Failure(int line, int column, String message) {
            super(message, null, false, false);
            this.problem = new ConfigProblem(line, column, message);
        }
    }

    private final String text;
    private final List<ConfigNode.Word> comments = new ArrayList<>();
    private int position;
    private int line = 1;
    private int column = 1;

    private ConfigSyntax(String text) { this.text = text; }

    static Result read(String text) {
        var syntax = new ConfigSyntax(text);
        try {
            List<ConfigNode> statements = syntax.statements(false);
            return new Result(Optional.of(new Document(statements, List.copyOf(syntax.comments))), Optional.empty());
        } catch (Failure failure) {
            return new Result(Optional.empty(), Optional.of(failure.problem));
        }
    }

    /** Either a document or the first problem; package-private plumbing for the parser. */
    record Result(Optional<Document> document, Optional<ConfigProblem> problem) {}

    private List<ConfigNode> statements(boolean nested) throws Failure {
        var statements = new ArrayList<ConfigNode>();
        var words = new ArrayList<ConfigNode.Word>();
        while (true) {
            skipBlanksAndComments();
            if (position >= text.length()) {
                if (nested) throw new Failure(line, column, "missing '}' before the end of the file");
                if (!words.isEmpty()) throw new Failure(line, column, "missing ';' after '" + words.get(words.size() - 1).text() + "'");
                return statements;
            }
            char c = text.charAt(position);
            int startLine = line;
            int startColumn = column;
            if (c == ';') {
                advance();
                if (words.isEmpty()) throw new Failure(startLine, startColumn, "';' without a statement before it");
                statements.add(new ConfigNode(words, Optional.empty()));
                words = new ArrayList<>();
            } else if (c == '{') {
                advance();
                if (words.isEmpty()) throw new Failure(startLine, startColumn, "'{' without a section name before it");
                statements.add(new ConfigNode(words, Optional.of(statements(true))));
                words = new ArrayList<>();
            } else if (c == '}') {
                if (!nested) throw new Failure(startLine, startColumn, "'}' without a matching '{'");
                if (!words.isEmpty()) throw new Failure(startLine, startColumn, "missing ';' before '}'");
                advance();
                return statements;
            } else if (c == '"') {
                words.add(new ConfigNode.Word(quoted(), startLine, startColumn));
            } else {
                words.add(new ConfigNode.Word(plain(), startLine, startColumn));
            }
        }
    }

    private String quoted() throws Failure {
        int startLine = line;
        int startColumn = column;
        advance();
        var word = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                advance();
                return word.toString();
            }
            if (c == '\n') break;
            if (c == '\\' && position + 1 < text.length() && text.charAt(position + 1) != '\n') {
                advance();
                c = text.charAt(position);
            }
            word.append(c);
            advance();
        }
        throw new Failure(startLine, startColumn, "unterminated quoted string");
    }

    private String plain() {
        int start = position;
        while (position < text.length() && !isDelimiter(text.charAt(position))) advance();
        return text.substring(start, position);
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == ';' || c == '{' || c == '}' || c == '"' || c == '#';
    }

    private void skipBlanksAndComments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '#') {
                int startLine = line;
                int startColumn = column;
                int start = position + 1;
                while (position < text.length() && text.charAt(position) != '\n') advance();
                comments.add(new ConfigNode.Word(text.substring(start, position).strip(), startLine, startColumn));
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    private void advance() {
        if (text.charAt(position) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        position++;
    }
}
