package dev.berth.drbd;

import java.util.List;
import java.util.Optional;

/**
 * One statement of drbd.conf's nested grammar: words, then either {@code ;} or a block of
 * further statements. {@code device minor 1000;} is a node of three words and no block;
 * {@code on "alpha" { ... }} is a node of two words and a block. Quoted words are unescaped.
 */
record ConfigNode(List<Word> words, Optional<List<ConfigNode>> block) {
    /** A word with the place it was read from, so that later checks can point at it. */
    record Word(String text, int line, int column) {}

    ConfigNode {
        words = List.copyOf(words);
        block = block.map(List::copyOf);
        if (words.isEmpty()) throw new IllegalArgumentException("a statement needs a word");
    }

    String keyword() { return words.get(0).text(); }

    int line() { return words.get(0).line(); }

    int column() { return words.get(0).column(); }

    /** The words after the keyword. */
    List<Word> arguments() { return words.subList(1, words.size()); }

    List<ConfigNode> children() { return block.orElse(List.of()); }

    boolean isSection() { return block.isPresent(); }

    ConfigProblem problem(String message) { return new ConfigProblem(line(), column(), message); }
}
