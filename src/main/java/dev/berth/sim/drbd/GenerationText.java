package dev.berth.sim.drbd;

import dev.berth.sim.ToolOutput;

/**
 * The generation identifiers as drbdmeta prints and reads them (dt_print_v9_uuids):
 * {@code CURRENT:BITMAP:HISTORY1:HISTORY2:} in upper-case hex, then the flags consistent,
 * was-up-to-date, primary, crashed-primary, al-clean, al-disabled, primary-lost-quorum and the
 * peer's connected, outdated, fencing, full-sync, seen. set-gi takes the same form; empty fields
 * keep their value.
 */
final class GenerationText {
    private GenerationText() {}

    static String gi(MetadataState metadata, int nodeId) {
        MetadataState.PeerSlot slot = metadata.peers.getOrDefault(nodeId, new MetadataState.PeerSlot());
        return String.format("%016X:%016X:%016X:%016X:", metadata.currentUuid, slot.bitmapUuid, history(metadata, 0), history(metadata, 1))
                + bit(metadata.consistent) + ":" + bit(metadata.wasUpToDate) + ":" + bit(metadata.primary) + ":0:1:0:0"
                + ":" + bit(slot.connected) + ":" + bit(slot.outdated) + ":0:0:" + bit(slot.seen);
    }

    static int set(MetadataState metadata, int nodeId, String text, boolean force, ToolOutput output) {
        String before = gi(metadata, nodeId);
        String[] fields = text.split(":", -1);
        long[] uuids = new long[4];
        for (int i = 0; i < 4; i++) {
            String field = i < fields.length ? fields[i] : "";
            uuids[i] = field.isEmpty() ? -1 : Long.parseUnsignedLong(field, 16);
        }
        MetadataState.PeerSlot slot = metadata.slot(nodeId);
        long[] kept = {metadata.currentUuid, slot.bitmapUuid, history(metadata, 0), history(metadata, 1)};
        boolean[] keptFlags = {metadata.consistent, metadata.wasUpToDate};
        if (uuids[0] != -1) metadata.currentUuid = uuids[0];
        if (uuids[1] != -1) slot.bitmapUuid = uuids[1];
        if (uuids[2] != -1) metadata.history.set(0, uuids[2]);
        if (uuids[3] != -1) metadata.history.set(1, uuids[3]);
        if (fields.length > 4 && !fields[4].isEmpty()) metadata.consistent = fields[4].equals("1");
        if (fields.length > 5 && !fields[5].isEmpty()) metadata.wasUpToDate = fields[5].equals("1");
        output.outRaw("previously " + before + "\n").outRaw("set GI to  " + gi(metadata, nodeId) + "\n");
        if (!Confirm.ask(output, "Write new GI to disk?", force)) {
            // nothing was written: put the old values back
            metadata.currentUuid = kept[0];
            slot.bitmapUuid = kept[1];
            metadata.history.set(0, kept[2]);
            metadata.history.set(1, kept[3]);
            metadata.consistent = keptFlags[0];
            metadata.wasUpToDate = keptFlags[1];
            output.out("Operation canceled.");
        }
        return 0;
    }

    private static long history(MetadataState metadata, int index) {
        return index < metadata.history.size() ? metadata.history.get(index) : 0;
    }

    private static String bit(boolean value) { return value ? "1" : "0"; }

    /** shared_tool.c ppsize: KiB shifted to the largest unit that keeps it under 10000. */
    static String prettySize(long kib) {
        char[] units = {'K', 'M', 'G', 'T', 'P', 'E'};
        int base = 0;
        long size = kib;
        while (size >= 10000 && base < units.length - 1) {
            size = (size >> 10) + ((size & (1 << 9)) != 0 ? 1 : 0);
            base++;
        }
        return size + " " + units[base] + "B";
    }
}
