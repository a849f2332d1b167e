package dev.berth.discovery.parse;

import dev.berth.observed.ConnectionStatus;
import dev.berth.observed.DeviceStatus;
import dev.berth.observed.DrbdRole;
import dev.berth.observed.ResourceStatus;
import dev.berth.observed.SuspendReason;
import dev.berth.observed.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code drbdsetup status --json}: an array of resources with their devices and connections
 * (drbd-facts §6, DU user/v9/drbdsetup.c {@code resource_status_json} and friends). Fields that
 * older drbd-utils do not print ({@code suspended-*}, {@code open}) are optional; unknown fields
 * are ignored; state words a newer DRBD adds are kept as unrecognised {@code Term}s.
 *
 * <p>Without a module drbdsetup exits 20 with no output; with an 8.4 module it does not know
 * {@code --json}. Both are command failures here; the host inventory decides what they mean.
 */
public final class DrbdsetupStatusParser {
    private DrbdsetupStatusParser() {}

    public static Parsed<List<ResourceStatus>> parse(CommandOutput output) {
        if (output.exitCode() != 0) return Parsed.commandFailed(OutputProblem.failed(output));
        return JsonOutput.read(output, root -> {
            List<ResourceStatus> resources = new ArrayList<>();
            for (JsonValue resource : root.elements()) resources.add(resource(resource));
            resources.sort(Comparator.comparing(ResourceStatus::name));
            return resources;
        });
    }

    private static ResourceStatus resource(JsonValue resource) throws BadOutput {
        List<SuspendReason> reasons = new ArrayList<>();
        if (flag(resource, "suspended-user")) reasons.add(SuspendReason.USER);
        if (flag(resource, "suspended-no-data")) reasons.add(SuspendReason.NO_DATA);
        if (flag(resource, "suspended-fencing")) reasons.add(SuspendReason.FENCING);
        if (flag(resource, "suspended-quorum")) reasons.add(SuspendReason.QUORUM);
        List<DeviceStatus> devices = new ArrayList<>();
        for (JsonValue device : resource.field("devices").elements()) devices.add(device(device));
        List<ConnectionStatus> connections = new ArrayList<>();
        for (JsonValue connection : resource.field("connections").elements()) {
            connections.add(StatusConnectionReader.connection(connection));
        }
        Optional<JsonValue> writeOrdering = resource.optionalField("write-ordering");
        return new ResourceStatus(
                resource.field("name").string(),
                resource.field("node-id").intValue(),
                Term.of(DrbdRole.class, resource.field("role").string()),
                resource.field("suspended").bool(),
                reasons,
                writeOrdering.isEmpty() ? Optional.empty() : Optional.of(writeOrdering.get().string()),
                devices,
                connections);
    }

    private static DeviceStatus device(JsonValue device) throws BadOutput {
        Optional<JsonValue> client = device.optionalField("client");
        Optional<JsonValue> open = device.optionalField("open");
        Optional<JsonValue> size = device.optionalField("size");
        return new DeviceStatus(
                device.field("volume").intValue(),
                device.field("minor").intValue(),
                StatusConnectionReader.diskState(device.field("disk-state")),
                client.isPresent() && client.get().bool(),
                open.isEmpty() ? Optional.empty() : Optional.of(open.get().bool()),
                device.field("quorum").bool(),
                // drbdsetup prints KiB (sectors / 2).
                size.isEmpty() ? Optional.empty() : Optional.of(StatusConnectionReader.kibibytes(size.get())));
    }

    /** A boolean that older drbd-utils leave out, read as false. */
    static boolean flag(JsonValue object, String field) throws BadOutput {
        Optional<JsonValue> value = object.optionalField(field);
        return value.isPresent() && value.get().bool();
    }
}
