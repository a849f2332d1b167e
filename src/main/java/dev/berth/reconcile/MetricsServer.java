package dev.berth.reconcile;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Serves the newest {@link MetricsState} at {@code /metrics} with the JDK's own HTTP server (no
 * dependency for one endpoint). One daemon thread; closing it stops serving at once.
 */
public final class MetricsServer implements AutoCloseable {
    private final HttpServer server;

    private MetricsServer(HttpServer server) { this.server = server; }

    /** Listens on every interface at {@code port} (0: any free port, for tests). */
    public static MetricsServer start(int port, Supplier<MetricsState> metrics) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/metrics", exchange -> {
                byte[] body = metrics.get().exposition().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", MetricsState.CONTENT_TYPE);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new MetricsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() { return server.getAddress().getPort(); }

    @Override
    public void close() { server.stop(0); }
}
