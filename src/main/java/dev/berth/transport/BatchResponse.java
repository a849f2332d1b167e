package dev.berth.transport;

import dev.berth.model.CommandResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what {@link BatchWrapper#SCRIPT} wrote. Anything that does not follow the framing is a
 * {@link HostException} naming the host, never a crash: output that stops early means the
 * connection or the wrapper died ({@code CONNECTION_LOST}); output that is not frames at all means
 * the wrapper never ran properly ({@code COMMAND_FAILED}, with its stderr).
 */
public final class BatchResponse {
    private static final byte[] HEADER_LINE = (BatchWrapper.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);

    private final String host;
    private final ProcessOutput output;
    private final byte[] bytes;
    private int position;

    private BatchResponse(String host, ProcessOutput output) {
        this.host = host;
        this.output = output;
        this.bytes = output.stdout();
    }

    /** The results of the {@code expected} commands of one batch, in order. */
    public static List<CommandResult> decode(String host, int expected, ProcessOutput output) throws HostException {
        return new BatchResponse(host, output).read(expected);
    }

    private List<CommandResult> read(int expected) throws HostException {
        // A login script may print a banner before the wrapper starts: skip to the header line.
        position = headerEnd();
        List<CommandResult> results = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            String[] fields = line(results.size(), expected).trim().split("\\s+");
            if (fields.length != 3) throw malformed("result " + (i + 1) + " has the header \"" + String.join(" ", fields) + "\"");
            int exitCode = number(fields[0], i);
            String stdout = take(number(fields[1], i), results.size(), expected);
            String stderr = take(number(fields[2], i), results.size(), expected);
            results.add(new CommandResult(exitCode, stdout, stderr));
        }
        String trailer = line(expected, expected);
        if (!trailer.equals(BatchWrapper.TRAILER)) throw malformed("expected \"end\" after " + expected + " results, found \"" + trailer + "\"");
        return results;
    }

    private int headerEnd() throws HostException {
        for (int start = 0; start + HEADER_LINE.length <= bytes.length; start++) {
            if ((start == 0 || bytes[start - 1] == '\n')
                    && Arrays.equals(bytes, start, start + HEADER_LINE.length, HEADER_LINE, 0, HEADER_LINE.length)) {
                return start + HEADER_LINE.length;
            }
        }
        String why = output.exitCode() == 0 ? "it printed no batch header" : "exit code " + output.exitCode();
        throw new HostException(HostException.Kind.COMMAND_FAILED, host,
                "the batch wrapper did not run on " + host + " (" + why + "): " + output.toResult().firstErrorLine());
    }

    private String line(int done, int expected) throws HostException {
        for (int end = position; end < bytes.length; end++) {
            if (bytes[end] == '\n') {
                String line = new String(bytes, position, end - position, StandardCharsets.UTF_8);
                position = end + 1;
                return line;
            }
        }
        throw truncated(done, expected);
    }

    private String take(int length, int done, int expected) throws HostException {
        if (length > bytes.length - position) throw truncated(done, expected);
        String text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    private int number(String field, int index) throws HostException {
        try {
            int value = Integer.parseInt(field);
            if (value >= 0) return value;
        } catch (NumberFormatException ignored) {
            // reported below, with the result's position
        }
        throw malformed("result " + (index + 1) + " has \"" + field + "\" where a number belongs");
    }

    private HostException truncated(int done, int expected) {
        return new HostException(HostException.Kind.CONNECTION_LOST, host, "the batch output from " + host + " stopped after "
                + done + " of " + expected + " results (exit code " + output.exitCode() + "): " + output.toResult().firstErrorLine());
    }

    private HostException malformed(String what) {
        return new HostException(HostException.Kind.COMMAND_FAILED, host, "the batch output from " + host + " is malformed: " + what);
    }
}
