package dev.berth.drbd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An {@code on "<host>" { }} section as read: node-id, an optional {@code address} (used by
 * {@code connection-mesh} and by connections that name a host without an address) and volumes.
 */
final class HostDraft {
    final String hostname;
    final ConfigNode origin;
    Optional<Integer> nodeId = Optional.empty();
    Optional<ConfigNode> address = Optional.empty();
    final Map<Integer, VolumeDraft> volumes = new TreeMap<>();

    private HostDraft(String hostname, ConfigNode origin) {
        this.hostname = hostname;
        this.origin = origin;
    }

    static HostDraft read(ConfigNode section) throws ConfigFailure {
        ResourceFileParser.requireSection(section);
        if (section.arguments().size() != 1) {
            throw ConfigFailure.at(section, "'on' takes one host name (several names per section are not supported)");
        }
        var host = new HostDraft(section.arguments().get(0).text(), section);
        // DRBD 8 style: device/disk/meta-disk directly in 'on' describe volume 0.
        VolumeDraft implicit = new VolumeDraft(0, section);
        boolean implicitUsed = false;
        for (ConfigNode statement : section.children()) {
            if (statement.keyword().equals("node-id")) {
                host.nodeId = Optional.of(VolumeDraft.number(singleWord(statement)));
            } else if (statement.keyword().equals("address")) {
                host.address = Optional.of(statement);
            } else if (statement.keyword().equals("volume")) {
                VolumeDraft volume = readVolume(statement);
                if (host.volumes.put(volume.number, volume) != null) throw ConfigFailure.at(statement, "volume " + volume.number + " twice");
            } else if (implicit.accept(statement)) {
                implicitUsed = true;
            } else {
                throw ConfigFailure.at(statement, "unexpected '" + statement.keyword() + "' in the section of host " + host.hostname);
            }
        }
        if (implicitUsed && host.volumes.put(0, implicit) != null) throw ConfigFailure.at(section, "volume 0 twice");
        return host;
    }

    static VolumeDraft readVolume(ConfigNode section) throws ConfigFailure {
        ResourceFileParser.requireSection(section);
        var volume = new VolumeDraft(VolumeDraft.number(singleWord(section)), section);
        for (ConfigNode statement : section.children()) {
            if (!volume.accept(statement)) throw ConfigFailure.at(statement, "unexpected '" + statement.keyword() + "' in a volume");
        }
        return volume;
    }

    /** The host's volumes: each top-level volume, overridden by this host's own block of that number. */
    HostConfig build(Map<Integer, VolumeDraft> templates) throws ConfigFailure {
        var numbers = new TreeMap<Integer, VolumeDraft>(templates);
        volumes.forEach((number, own) -> numbers.put(number, own.over(templates.get(number))));
        var built = new ArrayList<VolumeConfig>();
        for (VolumeDraft draft : numbers.values()) built.add(draft.build());
        int id = nodeId.orElseThrow(() -> ConfigFailure.at(origin, "host " + hostname + " has no node-id"));
        try {
            return new HostConfig(hostname, id, built);
        } catch (IllegalArgumentException invalid) {
            throw ConfigFailure.at(origin, invalid.getMessage());
        }
    }

    private static ConfigNode.Word singleWord(ConfigNode statement) throws ConfigFailure {
        List<ConfigNode.Word> args = statement.arguments();
        if (args.size() != 1) throw ConfigFailure.at(statement, "'" + statement.keyword() + "' takes exactly one value");
        return args.get(0);
    }
}
