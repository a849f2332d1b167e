import dev.berth.discovery.DiscoveryCommands;
import dev.berth.transport.BatchWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the exact discovery batch Berth sends to a host without pools to build (see
 * bench-peers): {@code remote-command}, the string sshj executes (the wrapper script, quoted for
 * the login shell), and {@code request}, the framed argvs Berth writes to its stdin.
 * Run with the jar on the class path: {@code java -cp target/berth.jar DiscoveryBatch.java DIR}.
 */
public final class DiscoveryBatch {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("remote-command"), BatchWrapper.command().shellQuoted());
        Files.write(dir.resolve("request"), BatchWrapper.encodeRequest(DiscoveryCommands.batch(List.of())));
    }
}
