package dev.berth.transport;

import dev.berth.model.Command;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs many commands in one round trip: a fixed POSIX sh script reads argument vectors from its
 * standard input and writes length-framed results to its standard output. The script is a
 * constant; values only ever travel as data on stdin, so no argument can change what the shell
 * parses.
 *
 * <p>Request, one line each (arguments cannot hold NUL, and newlines are split out):
 * {@code a<text>} starts an argument, {@code n<text>} continues it after a newline, {@code r} runs
 * the argv collected so far. Response: {@code berth-batch 1}, then per command a line
 * {@code <exit> <stdout bytes> <stderr bytes>} followed by exactly those bytes of stdout and
 * stderr, then {@code end}. See {@link BatchResponse} for the reader.
 */
public final class BatchWrapper {
    /** The header the script prints first: proof that the wrapper (not a login banner) is talking. */
    public static final String HEADER = "berth-batch 1";
    public static final String TRAILER = "end";

    /*
     * Why each line is as it is:
     * - mktemp -d + trap: outputs go to files so that their sizes are known before they are sent;
     *   the folder is removed on every exit path, signals included (dash skips EXIT traps on a
     *   signal unless the signal is trapped).
     * - IFS= read -r: a line verbatim, leading blanks and backslashes kept; read is a builtin and
     *   reads a pipe byte by byte, so it never swallows input meant for the next line.
     * - (exec "$@"): exec only runs programs from PATH, so an argv such as "exit 3" or "cd /" runs
     *   /usr/bin's program or fails with 127, and can never act on the wrapper's own shell; the
     *   subshell is the fork the command needed anyway.
     * - </dev/null: a command must not eat the request stream that the wrapper is reading.
     * - [ -s ] before wc/cat: most discovery commands leave stderr empty; a builtin test saves
     *   two processes per command. $out/$err stay unquoted in printf to drop wc's padding (BSD).
     */
    public static final String SCRIPT = String.join("\n",
            "d=$(mktemp -d) || exit 125",
            "trap 'rm -rf \"$d\"' EXIT",
            "trap 'exit 129' HUP",
            "trap 'exit 130' INT",
            "trap 'exit 143' TERM",
            "printf '" + HEADER + "\\n'",
            "have=0",
            "set --",
            "while IFS= read -r line; do",
            "  case $line in",
            "  a*) if [ \"$have\" = 1 ]; then set -- \"$@\" \"$arg\"; fi; arg=${line#a}; have=1 ;;",
            "  n*) arg=\"$arg",
            "${line#n}\" ;;",
            "  r) if [ \"$have\" = 1 ]; then set -- \"$@\" \"$arg\"; fi; have=0",
            "     (exec \"$@\") </dev/null >\"$d/o\" 2>\"$d/e\"; code=$?",
            "     out=0; err=0",
            "     if [ -s \"$d/o\" ]; then out=$(wc -c <\"$d/o\"); fi",
            "     if [ -s \"$d/e\" ]; then err=$(wc -c <\"$d/e\"); fi",
            "     printf '%s %s %s\\n' \"$code\" $out $err",
            "     if [ \"$out\" != 0 ] || [ \"$err\" != 0 ]; then cat \"$d/o\" \"$d/e\"; fi",
            "     set -- ;;",
            "  *) echo 'berth-batch: malformed request' >&2; exit 2 ;;",
            "  esac",
            "done",
            "printf '" + TRAILER + "\\n'",
            "");

    private BatchWrapper() {}

    /** The wrapper as a command: {@code sh -c SCRIPT}, with no further arguments. */
    public static Command command() { return Command.of("sh", "-c", SCRIPT); }

    /** The request frames for {@code commands}, to be fed to the wrapper's standard input. */
    public static byte[] encodeRequest(List<Command> commands) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        for (Command command : commands) {
            for (String argument : command.argv()) {
                if (argument.indexOf('\0') >= 0) {
                    // execve cannot pass NUL either: refuse here rather than run a truncated argument
                    throw new IllegalArgumentException("an argument cannot contain NUL: " + command);
                }
                String[] lines = argument.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    request.writeBytes(((i == 0 ? "a" : "n") + lines[i] + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            request.writeBytes("r\n".getBytes(StandardCharsets.UTF_8));
        }
        return request.toByteArray();
    }
}
