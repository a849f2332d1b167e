package dev.berth.sim.drbd;

import dev.berth.drbd.Connection;
import dev.berth.drbd.Endpoint;
import dev.berth.drbd.HostConfig;
import dev.berth.drbd.OptionCatalogue;
import dev.berth.drbd.ResourceConfig;
import dev.berth.drbd.VolumeConfig;
import dev.berth.model.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code drbdadm dump} text as drbd-utils 9.22 prints it (drbdadm_dump.c adm_dump): hosts, then
 * connections (the local host's ones carry a synthetic {@code net { _name peer; }}), then the
 * option sections with peer-device options after the disk options, drbdadm's column padding
 * ({@code printA}: name left-aligned to column 24, value right-aligned in three) and its quoting.
 */
final class DrbdadmDump {
    private final StringBuilder out = new StringBuilder();
    private int indent;

    static String resource(DrbdConfig.Defined defined, String hostname) {
        DrbdadmDump dump = new DrbdadmDump();
        ResourceConfig resource = defined.parsed().resource();
        boolean ignored = resource.host(hostname).isEmpty();
        dump.out.append("# resource ").append(esc(resource.name())).append(" on ").append(hostname).append(": ")
                .append(ignored ? "ignored" : "not ignored").append(", not stacked\n");
        dump.out.append("# defined at ").append(defined.file()).append(':').append(defined.line()).append('\n');
        dump.line("resource " + esc(resource.name()) + " {");
        dump.indent++;
        for (HostConfig host : resource.hosts()) dump.host(host);
        for (Connection connection : resource.connections()) dump.connection(connection, ignored ? Optional.empty() : Optional.of(hostname));
        dump.options("options", new TreeMap<>(resource.options()));
        Map<String, String> net = new TreeMap<>(resource.net());
        defined.parsed().sharedSecret().map(Secret::reveal)
                .or(() -> resource.sharedSecret().map(r -> r.redactedPlaceholder())).ifPresent(secret -> net.put("shared-secret", secret));
        dump.options("net", net);
        Map<String, String> disk = new LinkedHashMap<>();
        new TreeMap<>(resource.disk()).forEach((k, v) -> { if (OptionCatalogue.ofDiskSection(k) == OptionCatalogue.DISK) disk.put(k, v); });
        new TreeMap<>(resource.disk()).forEach((k, v) -> { if (OptionCatalogue.ofDiskSection(k) == OptionCatalogue.PEER_DEVICE) disk.put(k, v); });
        dump.options("disk", disk);
        dump.indent--;
        dump.out.append("}\n\n");
        return dump.out.toString();
    }

    private void host(HostConfig host) {
        line("on " + host.hostname() + " {");
        indent++;
        line("node-id " + host.nodeId() + ";");
        for (VolumeConfig volume : host.volumes()) {
            line("volume " + volume.number() + " {");
            indent++;
            out.append(" ".repeat(4 * indent)).append(String.format("device%-" + (19 - 4 * indent) + "s", "")).append("minor ").append(volume.minor()).append(";\n");
            attribute("disk", esc(volume.backingDisk().orElse("none")));
            attribute("meta-disk", "internal");
            indent--;
            line("}");
        }
        indent--;
        line("}");
    }

    private void connection(Connection connection, Optional<String> local) {
        line("connection {");
        indent++;
        line("path {");
        indent++;
        for (Endpoint endpoint : new Endpoint[] {connection.first(), connection.second()}) {
            String address = endpoint.family() == Endpoint.Family.IPV6 ? "[" + endpoint.address() + "]" : endpoint.address();
            out.append(" ".repeat(4 * indent)).append("host ").append(endpoint.hostname()).append(" ".repeat(4 * indent))
                    .append(String.format("%-16s %s %s:%d;\n", " address", endpoint.family().keyword(), address, endpoint.port()));
        }
        indent--;
        line("}");
        local.filter(connection::involves).ifPresent(me -> options("net", Map.of("_name", connection.peerOf(me).hostname())));
        indent--;
        line("}");
    }

    private void options(String section, Map<String, String> options) {
        if (options.isEmpty()) return;
        line(section + " {");
        indent++;
        options.forEach((name, value) -> attribute(name, esc(value)));
        indent--;
        line("}");
    }

    /** printA: {@code %*s%*s %3s;} with the name padded to column 24. */
    private void attribute(String name, String value) {
        out.append(" ".repeat(4 * indent)).append(String.format("%-" + (24 - 4 * indent) + "s %3s;\n", name, value));
    }

    private void line(String text) {
        out.append(" ".repeat(4 * indent)).append(text).append('\n');
    }

    /** drbdadm's esc(): quoted, with backslashes, when anything but [a-zA-Z0-9/._-] appears or longer than 80. */
    static String esc(String value) {
        if (value.isEmpty()) return "\"\"";
        if (!value.matches("[a-zA-Z0-9/._-]*") || value.length() > 80) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value;
    }
}
