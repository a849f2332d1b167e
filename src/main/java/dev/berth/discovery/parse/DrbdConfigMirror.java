package dev.berth.discovery.parse;

import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.ParsedResource;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.VolumeConfig;
import dev.berth.model.Secret;
import dev.berth.observed.ConfiguredConnection;
import dev.berth.observed.ConfiguredDefinition;
import dev.berth.observed.ConfiguredHost;
import dev.berth.observed.ConfiguredVolume;
import dev.berth.observed.DrbdAddress;

/**
 * Copies the drbd model's {@link ResourceConfig} into observed state's terms. Observed state
 * does not depend on the drbd package (the diff reads it without knowing how files are
 * written), so the parser, which may use both, translates; the secret becomes its digest here.
 */
final class DrbdConfigMirror {
    private DrbdConfigMirror() {}

    static ConfiguredDefinition of(ParsedResource parsed) {
        ResourceConfig resource = parsed.resource();
        return new ConfiguredDefinition(
                resource.options(),
                resource.net(),
                resource.disk(),
                parsed.sharedSecret().map(Secret::digest),
                resource.hosts().stream().map(DrbdConfigMirror::host).toList(),
                resource.connections().stream().map(DrbdConfigMirror::connection).toList());
    }

    private static ConfiguredHost host(HostConfig host) {
        return new ConfiguredHost(host.hostname(), host.nodeId(), host.volumes().stream().map(DrbdConfigMirror::volume).toList());
    }

    private static ConfiguredVolume volume(VolumeConfig volume) {
        return new ConfiguredVolume(volume.number(), volume.minor(), volume.backingDisk());
    }

    private static ConfiguredConnection connection(Connection connection) {
        return new ConfiguredConnection(connection.first().hostname(), address(connection.first()),
                connection.second().hostname(), address(connection.second()));
    }

    private static DrbdAddress address(Endpoint endpoint) {
        return new DrbdAddress(endpoint.family().keyword(), endpoint.address(), endpoint.port());
    }
}
