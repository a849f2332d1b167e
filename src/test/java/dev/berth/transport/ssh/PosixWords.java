package dev.berth.transport.ssh;

import java.util.ArrayList;
import java.util.List;

/**
 * The test server's half of the exec string: splits a POSIX shell command line back into its
 * words, as sh would (single quotes, double quotes with their four escapes, backslashes), so that
 * the fake hosts answer the argv the client meant, not the string it sent.
 */
final class PosixWords {
    private PosixWords() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated single quote in: " + line);
                word.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && "$`\"\\\n".indexOf(line.charAt(i + 1)) >= 0) d = line.charAt(++i);
                    else if (d == '$' || d == '`') throw new IllegalArgumentException("expansion inside double quotes: " + line);
                    word.append(d);
                }
                if (i >= line.length()) throw new IllegalArgumentException("unterminated double quote in: " + line);
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else if ("$`;&|<>()*?[".indexOf(c) >= 0) {
                // an unquoted special character means the client let the shell interpret something
                throw new IllegalArgumentException("unquoted '" + c + "' in: " + line);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }
}
