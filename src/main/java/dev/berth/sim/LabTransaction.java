package dev.berth.sim;

import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One load-modify-save of a lab, under the lab's lock. Host states and the lab settings are
 * loaded on first use (a command on one host reads one state file), tools' typed extension
 * objects are decoded once and re-encoded at commit, and a file is rewritten only when its bytes
 * changed. A transaction that throws is dropped: its changes to states are never saved.
 */
final class LabTransaction {
    private final LabStore store;
    private final Map<String, Loaded> hosts = new TreeMap<>();
    private LabSettings settings;
    private String settingsText;

    private static final class Loaded {
        final HostState state;
        final String text;
        final Map<String, Object> extensions = new HashMap<>();
        /** Extensions that were absent and started empty: written only once something is in them. */
        final Map<String, JsonNode> freshTrees = new HashMap<>();

        Loaded(HostState state, String text) {
            this.state = state;
            this.text = text;
        }
    }

    LabTransaction(LabStore store) {
        this.store = store;
    }

    LabSettings settings() {
        if (settings == null) {
            Path file = store.settingsFile();
            if (!Files.exists(file)) throw new LabException(store.dir + " is not a lab folder (no .sim/lab.json); create the lab first");
            settingsText = LabStore.read(file);
            settings = LabSettings.decode(settingsText, file.toString());
        }
        return settings;
    }

    HostState state(String node) {
        return loaded(node).state;
    }

    /** A tool's state object for a host, decoded from its extension subtree or made fresh. */
    <T> T extension(String node, String key, Class<T> type, Supplier<T> empty) {
        Loaded loaded = loaded(node);
        Object cached = loaded.extensions.get(key);
        if (cached == null) {
            JsonNode tree = loaded.state.extensions.get(key);
            if (tree == null) {
                cached = empty.get();
                loaded.freshTrees.put(key, SimJson.tree(cached));
            } else {
                cached = SimJson.value(tree, type);
            }
            loaded.extensions.put(key, cached);
        }
        return type.cast(cached);
    }

    private Loaded loaded(String node) {
        Loaded loaded = hosts.get(node);
        if (loaded == null) {
            if (!settings().nodes.contains(node)) {
                throw new LabException("the lab at " + store.dir + " has no node \"" + node + "\" (nodes: " + settings().nodes + ")");
            }
            Path file = store.stateFile(node);
            String text = LabStore.read(file);
            loaded = new Loaded(HostStateCodec.decode(text, file.toString()), text);
            hosts.put(node, loaded);
        }
        return loaded;
    }

    void commit() {
        for (Map.Entry<String, Loaded> entry : hosts.entrySet()) {
            Loaded loaded = entry.getValue();
            loaded.extensions.forEach((key, value) -> {
                JsonNode tree = SimJson.tree(value);
                if (!tree.equals(loaded.freshTrees.get(key))) loaded.state.extensions.put(key, tree);
            });
            String text = HostStateCodec.encode(loaded.state);
            if (!text.equals(loaded.text)) LabStore.writeAtomically(store.stateFile(entry.getKey()), text);
        }
        if (settings != null) {
            String text = settings.encode();
            if (!text.equals(settingsText)) LabStore.writeAtomically(store.settingsFile(), text);
        }
    }
}
