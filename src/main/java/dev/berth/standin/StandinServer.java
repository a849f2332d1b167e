package dev.berth.standin;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The resident stand-in of one run: {@code java dev.berth.standin.StandinServer SHARED-FOLDER}
 * listens on a loopback port, writes it to {@code <shared>/standin.port}, and answers the shims'
 * calls without a JVM start each. A request is text lines: {@code berth-standin 1}, the caller's
 * pid, its root, node and sync rate (empty when unset), the argument count and one argument per
 * line; the answer is {@code berth-standin EXIT STDERR-BYTES}, the stderr bytes, then stdout until
 * the connection closes. The caller's files are read through {@code /proc/PID/root} and its LVM
 * is run through {@code nsenter}, so one server serves hosts in any mount namespace. It stops when
 * the shared folder or its port file goes away, or after an idle hour.
 */
public final class StandinServer implements AutoCloseable {
    private static final long IDLE_MILLIS = 3_600_000;
    private final Path shared;
    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "standin-call");
        thread.setDaemon(true);
        return thread;
    });
    private final String ownNamespace = namespace("self");
    private volatile long lastCall = System.currentTimeMillis();

    private StandinServer(Path shared) throws IOException {
        this.shared = shared.toAbsolutePath();
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Path temporary = Files.createTempFile(this.shared, "standin.port", ".tmp");
        Files.writeString(temporary, socket.getLocalPort() + " " + ProcessHandle.current().pid() + "\n");
        Files.move(temporary, portFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: StandinServer SHARED-FOLDER");
            System.exit(2);
        }
        try (StandinServer server = start(Path.of(args[0]))) {
            while (Files.isRegularFile(server.portFile()) && System.currentTimeMillis() - server.lastCall < IDLE_MILLIS) Thread.sleep(1000);
        }
        System.exit(0);
    }

    /** Starts serving in this JVM (tests do, and so does {@link #main}). */
    public static StandinServer start(Path shared) throws IOException {
        StandinServer server = new StandinServer(shared);
        Thread acceptor = new Thread(server::accept, "standin-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    Path portFile() { return shared.resolve("standin.port"); }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket call = socket.accept();
                workers.execute(() -> answer(call));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket call) {
        lastCall = System.currentTimeMillis();
        try (call) {
            BufferedReader in = new BufferedReader(new InputStreamReader(call.getInputStream(), StandardCharsets.UTF_8));
            if (!"berth-standin 1".equals(in.readLine())) return;
            long pid = Long.parseLong(in.readLine().trim());
            Map<String, String> environment = new HashMap<>();
            put(environment, "BERTH_STANDIN_ROOT", in.readLine());
            put(environment, "BERTH_STANDIN_NODE", in.readLine());
            put(environment, "BERTH_STANDIN_SYNC_RATE", in.readLine());
            int count = Integer.parseInt(in.readLine().trim());
            List<String> args = new ArrayList<>();
            for (int i = 0; i < count; i++) args.add(in.readLine());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            boolean otherNamespace = !namespace(Long.toString(pid)).equals(ownNamespace);
            int code = StandinMain.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    () -> StandinSettings.servedFor(environment, pid, shared, otherNamespace), args);
            OutputStream reply = call.getOutputStream();
            reply.write(("berth-standin " + code + " " + err.size() + "\n").getBytes(StandardCharsets.UTF_8));
            err.writeTo(reply);
            out.writeTo(reply);
            reply.flush();
        } catch (IOException | RuntimeException broken) {
            // the shim sees no answer and reports it; the server keeps serving the others
        }
    }

    private static void put(Map<String, String> environment, String key, String value) {
        if (value != null && !value.isEmpty()) environment.put(key, value);
    }

    private static String namespace(String process) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", process, "ns", "mnt")).toString();
        } catch (IOException | UnsupportedOperationException unknown) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(portFile());
            // the lock of the shims' auto-start: the next call may start a server again
            Files.deleteIfExists(shared.resolve("standin.server.lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workers.shutdownNow();
    }
}
