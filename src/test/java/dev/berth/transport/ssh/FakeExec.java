package dev.berth.transport.ssh;

import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.transport.BatchWrapper;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One exec request on the test server: unquote the string into an argv, strip and record
 * {@code sudo -n --}, recognise the batch wrapper and answer its frames, else ask the test's
 * {@link dev.berth.transport.CommandRunner}. A runner that throws {@link TestSshServer.DropConnection}
 * makes the server cut the TCP connection mid-command.
 */
final class FakeExec implements org.apache.sshd.server.command.Command, Runnable {
    private static final List<String> SUDO = List.of("sudo", "-n", "--");

    private final TestSshServer server;
    private final String execString;
    private InputStream stdin;
    private OutputStream stdout;
    private OutputStream stderr;
    private ExitCallback exit;
    private ChannelSession channel;
    private Thread thread;

    FakeExec(TestSshServer server, String execString) {
        this.server = server;
        this.execString = execString;
    }

    @Override public void setInputStream(InputStream in) { stdin = in; }
    @Override public void setOutputStream(OutputStream out) { stdout = out; }
    @Override public void setErrorStream(OutputStream err) { stderr = err; }
    @Override public void setExitCallback(ExitCallback callback) { exit = callback; }

    @Override
    public void start(ChannelSession channel, Environment environment) {
        this.channel = channel;
        server.execStrings.add(execString);
        thread = new Thread(this, "fake-exec");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the client closed the channel (timeout): stop a runner that is still sleeping
        thread.interrupt();
    }

    @Override
    public void run() {
        try {
            String input = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            List<String> argv = PosixWords.split(execString);
            if (argv.size() > SUDO.size() && argv.subList(0, SUDO.size()).equals(SUDO)) {
                if (server.sudoNeedsPassword) {
                    answer(new CommandResult(1, "", "sudo: a password is required\n"));
                    return;
                }
                argv = new ArrayList<>(argv.subList(SUDO.size(), argv.size()));
            }
            if (argv.equals(BatchWrapper.command().argv())) {
                List<CommandResult> results = new ArrayList<>();
                for (Command command : BatchFrames.decodeRequest(input.getBytes(StandardCharsets.UTF_8))) {
                    results.add(server.runner.run(command, ""));
                }
                stdout.write(BatchFrames.encodeResponse(results));
                stdout.flush();
                exit.onExit(0);
            } else {
                answer(server.runner.run(new Command(argv), input));
            }
        } catch (TestSshServer.DropConnection drop) {
            channel.getSession().close(true);
        } catch (IOException | RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) exit.onExit(255, e.toString());
        }
    }

    private void answer(CommandResult result) throws IOException {
        stdout.write(result.stdout().getBytes(StandardCharsets.UTF_8));
        stdout.flush();
        stderr.write(result.stderr().getBytes(StandardCharsets.UTF_8));
        stderr.flush();
        exit.onExit(result.exitCode());
    }
}
