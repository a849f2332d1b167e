package dev.berth.sim;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <lab>/.sim/lab.json}: what belongs to the lab as a whole rather than to one host: its
 * node names, the virtual clock (one clock for all hosts, so that cross-host timing is coherent),
 * the per-command latency, the callers' default timeout and the DRBD resync rate (lab-wide, like
 * the network it stands for).
 */
final class LabSettings {
    static final int FORMAT_VERSION = 1;

    List<String> nodes = new ArrayList<>();
    Instant clock;
    Duration latency;
    Duration commandTimeout;
    long syncRate = LabOptions.DEFAULT_SYNC_RATE;

    static LabSettings of(List<LabNode> nodes, LabOptions options) {
        LabSettings settings = new LabSettings();
        nodes.forEach(node -> settings.nodes.add(node.name()));
        settings.clock = options.start();
        settings.latency = options.latency();
        settings.commandTimeout = options.commandTimeout();
        settings.syncRate = options.syncRate();
        return settings;
    }

    String encode() {
        ObjectNode root = SimJson.object();
        root.put("format_version", FORMAT_VERSION);
        root.putArray("nodes").addAll(nodes.stream().map(n -> (JsonNode) SimJson.MAPPER.getNodeFactory().stringNode(n)).toList());
        root.put("clock", clock.toString());
        root.put("latency", latency.toString());
        root.put("command_timeout", commandTimeout.toString());
        root.put("sync_rate", syncRate);
        return SimJson.write(root);
    }

    static LabSettings decode(String text, String where) {
        JsonNode root;
        try {
            root = SimJson.read(text);
        } catch (RuntimeException broken) {
            throw new LabException(where + " is not valid JSON: " + broken.getMessage(), broken);
        }
        long version = SimJson.number(root, "format_version", where);
        if (version != FORMAT_VERSION) {
            throw new LabException(where + " has format_version " + version + ", but this Berth reads version " + FORMAT_VERSION
                    + "; use the Berth that created the lab, or create the lab again");
        }
        LabSettings settings = new LabSettings();
        for (JsonNode node : root.path("nodes")) settings.nodes.add(node.asString());
        try {
            settings.clock = Instant.parse(SimJson.text(root, "clock", where));
            settings.latency = Duration.parse(SimJson.text(root, "latency", where));
            settings.commandTimeout = Duration.parse(SimJson.text(root, "command_timeout", where));
            // labs made before the DRBD part have no rate: they get the default
            settings.syncRate = root.path("sync_rate").asLong(LabOptions.DEFAULT_SYNC_RATE);
        } catch (java.time.format.DateTimeParseException bad) {
            throw new LabException(where + ": " + bad.getMessage(), bad);
        }
        return settings;
    }
}
