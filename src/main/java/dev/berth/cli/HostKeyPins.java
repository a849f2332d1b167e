package dev.berth.cli;

import dev.berth.transport.Host;
import dev.berth.transport.HostConnector;
import dev.berth.transport.HostException;
import dev.berth.transport.HostTarget;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host keys in a plan's target. At plan time this connector notes the SHA256 fingerprint of every
 * host key the transport verified, and the target records it after the node's address
 * ({@code ssh:worker-1=10.0.0.1 (SHA256:…),…}); at apply time it refuses a host whose key is not
 * the one the plan was made against, since the machine that applies (its own known_hosts) may not
 * be the one that planned. Transports without host keys (lab, local) record nothing.
 */
final class HostKeyPins implements HostConnector {
    private static final Pattern ENTRY = Pattern.compile("^([^=,]+)=([^ ,]*)(?: \\((SHA256:[^)]*)\\))?$");

    private final HostConnector connector;
    private final Map<String, String> expected;
    private final SortedMap<String, String> seen = new ConcurrentSkipListMap<>();

    HostKeyPins(HostConnector connector, Map<String, String> expected) {
        this.connector = connector;
        this.expected = Map.copyOf(expected);
    }

    @Override
    public Host connect(HostTarget target) throws HostException {
        Host host = connector.connect(target);
        String actual = host.hostKeyFingerprint().orElse(null);
        if (actual == null) return host;
        seen.put(target.node(), actual);
        String pinned = expected.get(target.node());
        if (pinned != null && !pinned.equals(actual)) {
            host.close();
            throw new HostException(HostException.Kind.HOST_KEY_REJECTED, target.node(), "the host key of " + target.node() + " ("
                    + target.address() + ") is " + actual + ", but the plan was made against " + pinned
                    + "; if the host was reinstalled on purpose, make a new plan");
        }
        return host;
    }

    /** The fingerprints seen so far, by node. */
    SortedMap<String, String> seen() { return new TreeMap<>(seen); }

    /** {@code target} with each node's fingerprint after its address, where one was seen. */
    static String withFingerprints(String target, Map<String, String> fingerprints) {
        if (fingerprints.isEmpty() || target.startsWith("lab:")) return target;
        int colon = target.indexOf(':');
        StringBuilder out = new StringBuilder(target.substring(0, colon + 1));
        String[] entries = target.substring(colon + 1).split(",");
        for (int i = 0; i < entries.length; i++) {
            if (i > 0) out.append(',');
            out.append(entries[i]);
            String node = entries[i].substring(0, Math.max(0, entries[i].indexOf('=')));
            if (fingerprints.containsKey(node)) out.append(" (").append(fingerprints.get(node)).append(')');
        }
        return out.toString();
    }

    /** The fingerprints a target records, by node. */
    static Map<String, String> fingerprints(String target) {
        Map<String, String> fingerprints = new TreeMap<>();
        if (target.startsWith("lab:") || target.indexOf(':') < 0) return fingerprints;
        for (String entry : target.substring(target.indexOf(':') + 1).split(",")) {
            Matcher matcher = ENTRY.matcher(entry);
            if (matcher.matches() && matcher.group(3) != null) fingerprints.put(matcher.group(1), matcher.group(3));
        }
        return fingerprints;
    }

    /** The target without fingerprints: what a machine that has not connected yet can compute from the stack. */
    static String withoutFingerprints(String target) {
        return target.startsWith("lab:") ? target : target.replaceAll(" \\(SHA256:[^)]*\\)", "");
    }
}
