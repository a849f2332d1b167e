package dev.berth.cli;

import dev.berth.sim.SimLab;
import dev.berth.transport.Host;
import dev.berth.transport.HostException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code berth lab put STACK NODE PATH < content}: write a file on a simulated host. */
@Command(name = "put", mixinStandardHelpOptions = true, description = "Write standard input to a file on a simulated host (e.g. an edited resource file).")
final class LabPutCommand extends LabNodeCommand {
    @Parameters(index = "2", paramLabel = "PATH", description = "Absolute path of the file on the host.")
    String path;

    @Override
    public Integer call() throws Exception {
        if (!path.startsWith("/")) throw new UserError("PATH must be absolute: " + path, ExitCode.USAGE);
        return super.call();
    }

    @Override
    int run(SimLab lab) throws IOException {
        String content = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        try (Host host = lab.connect(node)) {
            host.writeFile(path, content, "0644");
        } catch (HostException e) {
            throw new UserError(node + ": " + e.getMessage());
        }
        return ExitCode.OK;
    }
}
