package dev.berth.cli;

import dev.berth.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code berth …} command line in the CI examples parses with Berth's own CLI (picocli's
 * parse only: nothing runs), so the examples cannot drift from the flags. Shell words are split
 * as sh would (quotes kept together, continuation lines joined), up to the first redirection or
 * {@code ||}.
 */
class CiExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml"})
    void everyBerthCommandLineParses(String example) throws IOException {
        List<List<String>> commands = berthCommands(Files.readAllLines(Golden.projectDir().resolve(example)));
        Set<String> verbs = new TreeSet<>();
        for (List<String> args : commands) {
            verbs.add(args.get(0));
            CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false);
            try {
                commandLine.parseArgs(Main.bareLabTakesNoValue(args.toArray(String[]::new)));
            } catch (CommandLine.ParameterException e) {
                fail(example + ": 'berth " + String.join(" ", args) + "' does not parse: " + e.getMessage());
            }
        }
        assertEquals(Set.of("apply", "drift", "plan"), verbs, example + " plans, applies and reports drift");
    }

    @org.junit.jupiter.api.Test
    void wordsAreSplitAsTheShellDoes() {
        List<List<String>> commands = berthCommands(List.of("    - run: |", "        berth plan \"$STACK\" --git . \\",
                "          --head \"${{ github.sha }}\" --out 'a b.json' > plan.md || code=$?", "  - berth apply x # comment"));
        assertEquals(List.of(List.of("plan", "$STACK", "--git", ".", "--head", "${{ github.sha }}", "--out", "a b.json"),
                List.of("apply", "x")), commands);
    }

    /** The argument lists (after {@code berth}) of every line whose first word is {@code berth}. */
    static List<List<String>> berthCommands(List<String> lines) {
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("- ")) line = line.substring(2).strip();
            if (line.startsWith("run: ")) line = line.substring(5).strip();
            if (!line.startsWith("berth ")) continue;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            List<String> words = words(command.toString());
            commands.add(words.subList(1, words.size()));
        }
        assertTrue(commands.stream().allMatch(c -> !c.isEmpty()), "a bare 'berth'");
        return commands;
    }

    /** sh's word splitting for the simple lines CI files hold: quotes group, and an operator, redirection or comment ends the command. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) words.add(word.toString());
                word = null;
                continue;
            }
            if (word == null && (c == '>' || c == '|' || c == '&' || c == ';' || c == '#')) break;
            if (word == null) word = new StringBuilder();
            if (c == '"' || c == '\'') quote = c;
            else word.append(c);
        }
        if (word != null) words.add(word.toString());
        return words;
    }
}
