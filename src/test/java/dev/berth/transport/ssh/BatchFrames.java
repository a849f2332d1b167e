package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.BatchWrapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's half of the batch framing, written independently of the client's: decodes the
 * request lines into argvs and encodes results the way the wrapper script prints them. Together
 * with the client code this tests the framing in both directions; the local tests run the real
 * script.
 */
final class BatchFrames {
    private BatchFrames() {}

    static List<Command> decodeRequest(byte[] request) {
        List<Command> commands = new ArrayList<>();
        List<String> argv = new ArrayList<>();
        String text = new String(request, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) throw new IllegalArgumentException("request does not end with a newline");
        for (String line : text.isEmpty() ? new String[0] : text.substring(0, text.length() - 1).split("\n", -1)) {
            if (line.startsWith("a")) {
                argv.add(line.substring(1));
            } else if (line.startsWith("n")) {
                argv.set(argv.size() - 1, argv.get(argv.size() - 1) + "\n" + line.substring(1));
            } else if (line.equals("r")) {
                commands.add(new Command(argv));
                argv = new ArrayList<>();
            } else {
                throw new IllegalArgumentException("malformed request line: " + line);
            }
        }
        return commands;
    }

    static byte[] encodeResponse(List<CommandResult> results) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes((BatchWrapper.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        for (CommandResult result : results) {
            byte[] stdout = result.stdout().getBytes(StandardCharsets.UTF_8);
            byte[] stderr = result.stderr().getBytes(StandardCharsets.UTF_8);
            response.writeBytes((result.exitCode() + " " + stdout.length + " " + stderr.length + "\n").getBytes(StandardCharsets.UTF_8));
            response.writeBytes(stdout);
            response.writeBytes(stderr);
        }
        response.writeBytes((BatchWrapper.TRAILER + "\n").getBytes(StandardCharsets.UTF_8));
        return response.toByteArray();
    }
}
