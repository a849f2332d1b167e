package dev.berth.realhost;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What may legitimately differ between a real test host's observed model and its simulated
 * twin's, and why; everything else must be equal.
 * <ul>
 * <li>uuids (PV, VG, LV, blkid's UUID): random on the real host, counters in the lab;</li>
 * <li>the block device list: {@code lsblk} is not per host on this machine (every test host sees
 *     every loop device, and the machine's own disks), the lab lists the host's own devices;</li>
 * <li>the DRBD kernel state ({@code drbdsetup show/status}), only while the DRBD stand-in is not
 *     installed: there is no kernel module here, so the real drbdsetup fails; with the stand-in
 *     bound over it, the kernel state must match too;</li>
 * <li>the tool warning of {@code lvm version}: what libdevmapper prints depends on whether this
 *     machine has a {@code /dev/mapper/control} node, not on the host.</li>
 * </ul>
 */
final class ToleratedDifferences {
    private ToleratedDifferences() {}

    static JsonNode without(JsonNode host, boolean standin) {
        ObjectNode copy = (ObjectNode) host.deepCopy();
        ObjectNode inventory = (ObjectNode) copy.path("inventory");
        inventory.remove("blockDevices");
        if (!standin) ((ObjectNode) inventory.path("drbd")).remove(List.of("kernel", "status"));
        removeUuids(copy);
        ArrayNode kept = copy.arrayNode();
        for (JsonNode finding : copy.path("findings")) {
            String command = finding.path("command").path("argv").toString();
            boolean kernelState = !standin && (command.startsWith("[\"drbdsetup\",\"show\"") || command.startsWith("[\"drbdsetup\",\"status\""));
            boolean lvmVersionWarning = command.equals("[\"lvm\",\"version\"]") && finding.path("kind").asString().equals("TOOL_WARNING");
            if (!kernelState && !lvmVersionWarning) kept.add(finding);
        }
        copy.set("findings", kept);
        return copy;
    }

    private static void removeUuids(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                if (name.equalsIgnoreCase("uuid")) object.put(name, "(uuid)");
                else removeUuids(object.get(name));
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ToleratedDifferences::removeUuids);
        }
    }
}
