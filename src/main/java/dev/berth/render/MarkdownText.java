package dev.berth.render;

/**
 * Escaping for GitHub- and GitLab-flavoured Markdown, where plan text (reasons, messages, file
 * paths) lands in table cells, HTML summaries and code spans: a stray {@code |} would split a
 * table, a {@code <redacted:…>} placeholder would vanish as an unknown HTML tag.
 */
final class MarkdownText {
    private MarkdownText() {}

    /** Prose: HTML-significant characters escaped, lines joined. */
    static String inline(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "").replace("\n", " ");
    }

    /** A table cell: prose whose pipes do not end the cell. */
    static String cell(String text) { return inline(text).replace("|", "\\|"); }

    /** A code span that survives backticks in the text and pipes in a table. */
    static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String padding = text.contains("`") ? " " : "";
        return fence + padding + text.replace("|", "\\|").replace("\n", " ") + padding + fence;
    }

    /** A fence longer than any run of backticks in the body, so the body cannot close it early. */
    static String fence(String body) {
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}
