package dev.berth.drbd;

/**
 * Internal to the parser: unwinds from a deep check to {@link ResourceFileParser#parse}, which
 * turns it into a {@link ConfigProblem} value. It never leaves the package.
 */
final class ConfigFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ConfigProblem problem;

    ConfigFailure(ConfigProblem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    static ConfigFailure at(ConfigNode node, String message) { return new ConfigFailure(node.problem(message)); }

    static ConfigFailure at(ConfigNode.Word word, String message) {
        return new ConfigFailure(new ConfigProblem(word.line(), word.column(), message));
    }

    ConfigProblem problem() { return problem; }
}
