package dev.berth.sim.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource in the simulated kernel: node-id, role, resource options in the kernel's form
 * (absent means default), the suspension flags, its volumes (minors) and its connections.
 */
public final class ResourceState {
    public String name;
    public int nodeId;
    public String role = "Secondary";
    public TreeMap<String, String> options = new TreeMap<>();
    public boolean suspendedUser;
    public boolean suspendedQuorum;
    public List<VolumeState> volumes = new ArrayList<>();
    public List<ConnectionState> connections = new ArrayList<>();

    public Optional<VolumeState> volume(int number) {
        return volumes.stream().filter(v -> v.volume == number).findFirst();
    }

    public Optional<ConnectionState> connection(int peerNodeId) {
        return connections.stream().filter(c -> c.peerNodeId == peerNodeId).findFirst();
    }

    public boolean primary() { return role.equals("Primary"); }

    /** An option's kernel value or its default. */
    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
