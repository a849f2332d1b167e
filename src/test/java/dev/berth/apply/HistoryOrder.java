package dev.berth.apply;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Partial-order assertions over one host's command history: the first command matching one glob
 * ran before the last matching another (and both ran), which is all a parallel walk promises.
 */
final class HistoryOrder {
    private final List<String> lines;

    HistoryOrder(List<String> lines) { this.lines = List.copyOf(lines); }

    void assertBefore(String earlierGlob, String laterGlob) {
        int first = first(earlierGlob);
        int last = last(laterGlob);
        assertTrue(first >= 0, () -> "nothing ran matching '" + earlierGlob + "' in " + lines);
        assertTrue(last >= 0, () -> "nothing ran matching '" + laterGlob + "' in " + lines);
        assertTrue(first < last, () -> "'" + earlierGlob + "' should run before '" + laterGlob + "' in " + lines);
    }

    int first(String glob) {
        Pattern pattern = pattern(glob);
        for (int i = 0; i < lines.size(); i++) if (pattern.matcher(lines.get(i)).matches()) return i;
        return -1;
    }

    int last(String glob) {
        Pattern pattern = pattern(glob);
        for (int i = lines.size() - 1; i >= 0; i--) if (pattern.matcher(lines.get(i)).matches()) return i;
        return -1;
    }

    static Pattern pattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) regex.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
        return Pattern.compile(regex.toString());
    }
}
