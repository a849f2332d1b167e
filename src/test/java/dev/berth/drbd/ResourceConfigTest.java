package dev.berth.drbd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The invariants a planner relies on are enforced when a resource is built, not later. */
class ResourceConfigTest {
    private static final Connection AB = new Connection(Endpoint.ipv4("b", "10.0.0.2", 7000), Endpoint.ipv4("a", "10.0.0.1", 7000));

    @Test
    void connectionsKeepTheirEndpointsInHostOrder() {
        assertEquals("a", AB.first().hostname());
        assertEquals("10.0.0.2", AB.peerOf("a").address());
    }

    @Test
    void refusesDuplicateNodeIdsAndMismatchedVolumes() {
        assertThrows(IllegalArgumentException.class, () -> resource(host("a", 0, 1000), host("b", 0, 1000)));
        assertThrows(IllegalArgumentException.class, () -> resource(host("a", 0, 1000), host("b", 1, 1001)));
    }

    @Test
    void requiresAFullMeshExceptBetweenClients() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceConfig("r0", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                Optional.empty(), List.of(host("a", 0, 1000), host("b", 1, 1000)), List.of()));
        var clientA = new HostConfig("a", 0, List.of(VolumeConfig.diskless(0, 1000)));
        var clientB = new HostConfig("b", 1, List.of(VolumeConfig.diskless(0, 1000)));
        assertThrows(IllegalArgumentException.class, () -> new ResourceConfig("r0", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                Optional.empty(), List.of(clientA, clientB), List.of(AB)));
        assertTrue(new ResourceConfig("r0", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty(),
                List.of(clientA, clientB), List.of()).connections().isEmpty());
    }

    @Test
    void theSecretValueCannotHideInTheNetOptions() {
        assertThrows(IllegalArgumentException.class, () -> new ResourceConfig("r0", new TreeMap<>(), new TreeMap<>(Map.of("shared-secret", "x")),
                new TreeMap<>(), Optional.empty(), List.of(host("a", 0, 1000), host("b", 1, 1000)), List.of(AB)));
    }

    @Test
    void namesThatWouldBreakTheFileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HostConfig("a b", 0, List.of(VolumeConfig.diskless(0, 1))));
        assertThrows(IllegalArgumentException.class, () -> VolumeConfig.diskful(0, 1, "/dev/vg/x;rm"));
        assertThrows(IllegalArgumentException.class, () -> new HostConfig("a", 32, List.of(VolumeConfig.diskless(0, 1))));
        assertThrows(IllegalArgumentException.class, () -> Endpoint.ipv4("a", "300.0.0.1", 7000));
        assertThrows(IllegalArgumentException.class, () -> new SecretReference("env: X"));
    }

    private static ResourceConfig resource(HostConfig first, HostConfig second) {
        return new ResourceConfig("r0", new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), Optional.empty(), List.of(first, second), List.of(AB));
    }

    private static HostConfig host(String name, int nodeId, int minor) {
        return new HostConfig(name, nodeId, List.of(VolumeConfig.diskful(0, minor, "/dev/vg0/r0")));
    }
}
