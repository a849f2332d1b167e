import com.hierynomus.sshj.key.KeyAlgorithms;
import com.hierynomus.sshj.transport.cipher.GcmCiphers;
import com.hierynomus.sshj.transport.mac.Macs;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.SecurityUtils;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.kex.Curve25519SHA256;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The least a Java client does for a discovery (see bench-peers): per host, one sshj connection
 * (curve25519-sha256, Ed25519, AES-GCM only, the JDK's providers), one exec of the batch with the
 * request on stdin, its output read; all hosts at once, one thread each. No command line to parse,
 * no stack, no schema, no parsing of what the hosts print, no report: the floor under any client
 * built on a fresh JVM and sshj, which Berth's rows can be set against.
 * Compiled against target/berth.jar (for sshj) and run with the JVM options bin/berth gives discover:
 * {@code SshjFloor KNOWN_HOSTS KEY BATCH_DIR PORT ADDRESS...}; prints how many hosts answered.
 */
public final class SshjFloor {
    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        SecurityUtils.setRegisterBouncyCastle(false);
        DefaultConfig config = new DefaultConfig();
        config.setKeyExchangeFactories(List.of(new Curve25519SHA256.Factory()));
        config.setKeyAlgorithms(List.of(KeyAlgorithms.EdDSA25519()));
        config.setCipherFactories(List.of(GcmCiphers.AES256GCM()));
        config.setMACFactories(List.of(Macs.HMACSHA2256Etm()));
        String command = Files.readString(Path.of(args[2], "remote-command"));
        byte[] request = Files.readAllBytes(Path.of(args[2], "request"));
        int port = Integer.parseInt(args[3]);
        AtomicInteger answered = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (String address : List.of(args).subList(4, args.length)) {
            Thread thread = new Thread(() -> {
                try (SSHClient client = new SSHClient(config)) {
                    client.loadKnownHosts(new File(args[0]));
                    client.connect(address, port);
                    client.authPublickey("root", args[1]);
                    try (Session session = client.startSession()) {
                        Session.Command exec = session.exec(command);
                        exec.getOutputStream().write(request);
                        exec.getOutputStream().close();
                        exec.getInputStream().readAllBytes();
                        exec.join();
                        if (Integer.valueOf(0).equals(exec.getExitStatus())) answered.incrementAndGet();
                    }
                } catch (Exception e) {
                    System.err.println(address + ": " + e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) thread.join();
        System.out.println(answered.get());
    }
}
