package dev.berth.reconcile;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint serves the newest state in the exposition format, with Prometheus's content type. */
class MetricsServerTest {
    @Test
    void servesTheNewestMetrics() throws Exception {
        AtomicReference<MetricsState> metrics = new AtomicReference<>(MetricsState.start());
        try (MetricsServer server = MetricsServer.start(0, metrics::get)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/metrics")).build();
            HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode());
            assertEquals(MetricsState.CONTENT_TYPE, first.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(first.body().contains("\nberth_reconcile_rounds_total 0\n"), first.body());
            metrics.set(metrics.get().after(LoopPartsTest.record(RoundAction.APPLIED, 0), History.start().applied(LoopPartsTest.COMMIT)));
            HttpResponse<String> second = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(metrics.get().exposition(), second.body());
            assertTrue(second.body().contains("berth_reconcile_applied_commit_info{commit=\"" + LoopPartsTest.COMMIT + "\"} 1\n"), second.body());
        }
    }
}
