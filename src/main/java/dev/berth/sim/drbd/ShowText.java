package dev.berth.sim.drbd;

import dev.berth.drbd.DrbdOption;
import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import java.util.Map;

/**
 * {@code drbdsetup show}, the text drbdadm adjust parses, as drbd-utils 9.22 prints it
 * (show_resource_list, show_volume, show_connection, print_paths, print_options): only options
 * that differ from their defaults, in the catalogue's order, {@code %-16s\t%s;} with the unit as
 * a comment, strings quoted; {@code _is_standalone;} for a StandAlone connection.
 */
final class ShowText {
    private ShowText() {}

    static CommandResult render(DrbdState state, String object) {
        String name = object.isEmpty() ? "all" : object;
        if (state.resources.isEmpty()) return CommandResult.ok("# No currently configured DRBD found.\n");
        StringBuilder out = new StringBuilder();
        for (ResourceState resource : state.resources.values()) {
            if (name.equals("all") || name.equals(resource.name)) resource(out, resource);
        }
        return CommandResult.ok(out.toString());
    }

    static void resource(StringBuilder out, ResourceState resource) {
        out.append("resource \"").append(resource.name).append("\" {\n");
        options(out, 1, "options", OptionCatalogue.RESOURCE, resource.options);
        line(out, 1, "_this_host {");
        line(out, 2, "node-id\t\t\t" + resource.nodeId + ";");
        for (VolumeState volume : resource.volumes) {
            line(out, 2, "volume " + volume.volume + " {");
            line(out, 3, "device\t\t\tminor " + volume.minor + ";");
            if (volume.attached()) {
                line(out, 3, "disk\t\t\t\"" + volume.backingDisk + "\";");
                line(out, 3, "meta-disk\t\t\tinternal;");
            } else if (volume.intentionalDiskless) {
                line(out, 3, "disk\t\t\tnone;");
            }
            options(out, 3, "disk", OptionCatalogue.DISK, volume.diskOptions);
            line(out, 2, "}");
        }
        line(out, 1, "}");
        for (ConnectionState connection : Statistics.ordered(resource)) {
            line(out, 1, "connection {");
            line(out, 2, "_peer_node_id " + connection.peerNodeId + ";");
            for (ConnectionState.PathState path : connection.paths) {
                line(out, 2, "path {");
                line(out, 3, "_this_host " + PathAddress.parse(path.local).showForm() + ";");
                line(out, 3, "_remote_host " + PathAddress.parse(path.remote).showForm() + ";");
                line(out, 2, "}");
            }
            if (connection.state.equals("StandAlone")) line(out, 2, "_is_standalone;");
            options(out, 2, "net", OptionCatalogue.NET, connection.netOptions);
            for (PeerVolumeState peer : Statistics.ordered(connection)) {
                if (peer.options.isEmpty()) continue;
                line(out, 2, "volume " + peer.volume + " {");
                options(out, 3, "disk", OptionCatalogue.PEER_DEVICE, peer.options);
                line(out, 2, "}");
            }
            line(out, 1, "}");
        }
        out.append("}\n\n");
    }

    private static void options(StringBuilder out, int indent, String section, OptionCatalogue context, Map<String, String> values) {
        boolean opened = false;
        for (DrbdOption option : context.options()) {
            String value = values.get(option.name());
            if (value == null || option.isDefault(value)) continue;
            if (!opened) line(out, indent, section + " {");
            opened = true;
            String shown = option.quoted() ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value;
            String text = String.format("%-16s\t%s;", option.name(), shown);
            line(out, indent + 1, option.unit().map(unit -> text + " # " + unit).orElse(text));
        }
        if (opened) line(out, indent, "}");
    }

    private static void line(StringBuilder out, int indent, String text) {
        out.append(" ".repeat(4 * indent)).append(text).append('\n');
    }
}
