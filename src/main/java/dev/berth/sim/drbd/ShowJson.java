package dev.berth.sim.drbd;

import dev.berth.drbd.DrbdOption;
import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code drbdsetup show --json} as drbd-utils 9.22 prints it (show_resource_list_json,
 * show_volume_json, show_connection_json, print_options_json): non-default options only,
 * booleans as JSON booleans and everything else as strings, and 9.22's path form — a
 * {@code "path"} object of {@code "ipv4 10.0.0.1:7000"} strings per path, no {@code _cstate}
 * (drbd-utils 9.29 moved to a {@code paths} array, 9.32 added {@code _cstate}).
 */
final class ShowJson {
    private ShowJson() {}

    static CommandResult render(DrbdState state, String object) {
        String name = object.isEmpty() ? "all" : object;
        List<ResourceState> shown = new ArrayList<>();
        for (ResourceState resource : state.resources.values()) if (name.equals("all") || name.equals(resource.name)) shown.add(resource);
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < shown.size(); i++) resource(out, shown.get(i), i < shown.size() - 1);
        out.append("]\n");
        return CommandResult.ok(out.toString());
    }

    private static void resource(StringBuilder out, ResourceState resource, boolean more) {
        line(out, 1, "{");
        line(out, 2, "\"resource\": \"" + resource.name + "\",");
        if (options(out, 2, "options", OptionCatalogue.RESOURCE, resource.options, false)) out.append(",\n");
        line(out, 2, "\"_this_host\": {");
        line(out, 3, "\"node-id\": " + resource.nodeId + ",");
        line(out, 3, "\"volumes\": [");
        for (int i = 0; i < resource.volumes.size(); i++) volume(out, resource.volumes.get(i), i < resource.volumes.size() - 1);
        line(out, 3, "]");
        List<ConnectionState> connections = Statistics.ordered(resource);
        line(out, 2, connections.isEmpty() ? "}" : "},");
        if (!connections.isEmpty()) {
            line(out, 2, "\"connections\": [");
            for (int i = 0; i < connections.size(); i++) {
                line(out, 3, "{");
                connection(out, connections.get(i));
                line(out, 3, i < connections.size() - 1 ? "}," : "}");
            }
            line(out, 2, "]");
        }
        line(out, 1, more ? "}," : "}");
    }

    private static void volume(StringBuilder out, VolumeState volume, boolean more) {
        line(out, 4, "{");
        line(out, 5, "\"volume_nr\": " + volume.volume + ",");
        out.append(" ".repeat(20)).append("\"device_minor\": ").append(volume.minor);
        if (volume.attached()) {
            out.append(",\n");
            line(out, 5, "\"backing-disk\": " + quote(volume.backingDisk) + ",");
            out.append(" ".repeat(20)).append("\"meta-disk\": \"internal\"");
        } else if (volume.intentionalDiskless) {
            out.append(",\n").append(" ".repeat(20)).append("\"disk\": \"none\"");
        }
        if (!volume.diskOptions.isEmpty() && hasShown(OptionCatalogue.DISK, volume.diskOptions)) {
            out.append(",\n");
            options(out, 5, "disk", OptionCatalogue.DISK, volume.diskOptions, false);
        }
        out.append('\n');
        line(out, 4, more ? "}," : "}");
    }

    private static void connection(StringBuilder out, ConnectionState connection) {
        for (ConnectionState.PathState path : connection.paths) {
            line(out, 4, "\"path\": {");
            line(out, 5, "\"_this_host\": \"" + PathAddress.parse(path.local).showForm() + "\",");
            line(out, 5, "\"_remote_host\": \"" + PathAddress.parse(path.remote).showForm() + "\"");
            line(out, 4, "},");
        }
        if (connection.state.equals("StandAlone")) line(out, 4, "\"_is_standalone\": true,");
        if (options(out, 4, "net", OptionCatalogue.NET, connection.netOptions, true)) { /* printed with its comma */ }
        List<PeerVolumeState> tuned = Statistics.ordered(connection).stream().filter(p -> hasShown(OptionCatalogue.PEER_DEVICE, p.options)).toList();
        if (!tuned.isEmpty()) {
            line(out, 4, "\"volumes\": [");
            for (int i = 0; i < tuned.size(); i++) {
                line(out, 5, "{");
                line(out, 6, "\"volume_nr\": " + tuned.get(i).volume + ",");
                options(out, 6, "disk", OptionCatalogue.PEER_DEVICE, tuned.get(i).options, false);
                out.append('\n');
                line(out, 5, i < tuned.size() - 1 ? "}," : "}");
            }
            line(out, 4, "],");
        }
        line(out, 4, "\"_peer_node_id\": " + connection.peerNodeId);
    }

    /** print_options_json: the section, or nothing when every option is at its default; the closing brace has no newline unless {@code commaAfter}. */
    private static boolean options(StringBuilder out, int indent, String section, OptionCatalogue context, Map<String, String> values,
                                   boolean commaAfter) {
        List<DrbdOption> shown = context.options().stream().filter(o -> values.containsKey(o.name()) && !o.isDefault(values.get(o.name()))).toList();
        if (shown.isEmpty()) return false;
        line(out, indent, "\"" + section + "\": {");
        for (int i = 0; i < shown.size(); i++) {
            DrbdOption option = shown.get(i);
            String value = values.get(option.name());
            String json = option.kind() == DrbdOption.Kind.BOOLEAN ? (value.equals("yes") ? "true" : "false") : quote(value);
            line(out, indent + 1, "\"" + option.name() + "\": " + json + (i < shown.size() - 1 ? "," : ""));
        }
        if (commaAfter) line(out, indent, "},");
        else out.append(" ".repeat(4 * indent)).append("}");
        return true;
    }

    private static boolean hasShown(OptionCatalogue context, Map<String, String> values) {
        return context.options().stream().anyMatch(o -> values.containsKey(o.name()) && !o.isDefault(values.get(o.name())));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void line(StringBuilder out, int indent, String text) {
        out.append(" ".repeat(4 * indent)).append(text).append('\n');
    }
}
