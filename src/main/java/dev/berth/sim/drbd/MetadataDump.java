package dev.berth.sim.drbd;

import dev.berth.drbd.MetadataSize;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code drbdmeta ... dump-md} in drbdmeta.c's layout (meta_dump_md for v09): the header with the
 * time and the command line, {@code max-peers N;}, offsets as comments, node-id, current uuid,
 * flags, all 32 peer slots, 32 history uuids, sizes, the device uuid and the bitmaps
 * ({@link MetadataBitmap}). Checked against the installed drbdmeta on a file of the same size.
 */
final class MetadataDump {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private MetadataDump() {}

    static void print(ToolOutput out, MetadataState md, BlockDevice device, SimHost host, List<String> argv) {
        var now = host.clock().now();
        out.out("# DRBD meta data dump").out("# " + TIME.format(now.atZone(ZoneOffset.UTC)) + " [" + now.getEpochSecond() + "]");
        out.out("# " + host.hostname() + "> drbdmeta " + String.join(" ", getoptOrder(argv))).out("#").out("");
        out.out("version \"v09\";").out("");
        long bytes = device.size().bytes();
        long mdSectors = MetadataSize.internalSectors(bytes / 512, md.maxPeers);
        long offset = (bytes - 4096) & ~4095L;
        out.out("max-peers " + md.maxPeers + ";").out("# md_size_sect " + mdSectors);
        out.out("# md_offset " + offset).out("# al_offset " + (offset - 32768)).out("# bm_offset " + (bytes - mdSectors * 512)).out("");
        out.out("node-id " + md.nodeId + ";").out(String.format("current-uuid 0x%016X;", md.currentUuid));
        out.out(String.format("flags 0x%08X;", (md.consistent ? 1 : 0) | (md.primary ? 2 : 0) | (md.wasUpToDate ? 16 : 0) | 128));
        for (int node = 0; node < 32; node++) {
            MetadataState.PeerSlot slot = md.peers.getOrDefault(node, new MetadataState.PeerSlot());
            int flags = (slot.connected ? 1 : 0) | (slot.outdated ? 2 : 0) | (slot.seen ? 16 : 0) | (md.peers.containsKey(node) ? 1 << 16 : 0);
            out.out("peer[" + node + "] {").out("    bitmap-index " + slot.bitmapIndex + ";")
                    .out(String.format("    bitmap-uuid 0x%016X;", slot.bitmapUuid)).out("    bitmap-dagtag 0x0000000000000000;")
                    .out(String.format("    flags 0x%08X;%s", flags, PeerFlags.pretty(flags))).out("}");
        }
        StringBuilder history = new StringBuilder("history-uuids {");
        for (int i = 0; i < 32; i++) {
            long uuid = i < md.history.size() ? md.history.get(i) : 0;
            history.append(i % 4 != 0 ? " " : "\n        ").append(String.format("0x%016X;", uuid));
        }
        out.out(history.append("\n}").toString());
        out.out("# al-extents 257;").out("la-size-sect " + md.effectiveSizeSectors + ";").out("bm-byte-per-bit 4096;");
        out.out(String.format("device-uuid 0x%016X;", md.deviceUuid)).out("la-peer-max-bio-size 0;").out("al-stripes 1;").out("al-stripe-size-4k 8;");
        long bitmapBytes = md.effectiveSizeSectors == 0 ? 0 : MetadataVerbs.bitmapBytes(md.effectiveSizeSectors, md.maxPeers);
        out.out("# bm-bytes " + bitmapBytes + ";");
        long[] setBits = new long[md.maxPeers];
        md.peers.values().stream().filter(s -> s.bitmapIndex >= 0 && s.bitmapIndex < md.maxPeers)
                .forEach(s -> setBits[s.bitmapIndex] = (s.outOfSyncSectors + 7) / 8);
        MetadataBitmap bitmap = new MetadataBitmap(bitmapBytes, md.maxPeers, setBits);
        for (int index = 0; index < md.maxPeers; index++) out.outRaw("bitmap[" + index + "] " + bitmap.print(index));
        out.out("# bits-set " + bitmap.bitsSet() + ";");
    }

    /** The command line as drbdmeta prints it: GNU getopt has moved the options (and their values) to the front. */
    private static List<String> getoptOrder(List<String> argv) {
        List<String> options = new java.util.ArrayList<>();
        List<String> others = new java.util.ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            if (word.startsWith("-") && word.length() > 1) {
                options.add(word);
                if ((word.equals("--node-id") || word.equals("-i")) && i + 1 < argv.size()) options.add(argv.get(++i));
            } else {
                others.add(word);
            }
        }
        options.addAll(others);
        return options;
    }

    /** pretty_peer_md_flags: " # connected | <=outdated | seen | exists". */
    static final class PeerFlags {
        private PeerFlags() {}

        static String pretty(int flags) {
            StringBuilder text = new StringBuilder();
            String[][] names = {{"1", "connected"}, {"2", "<=outdated"}, {"4", "fencing"}, {"8", "full-sync"}, {"16", "seen"}, {"65536", "exists"}};
            for (String[] name : names) {
                if ((flags & Integer.parseInt(name[0])) == 0) continue;
                text.append(text.length() == 0 ? " # " : " | ").append(name[1]);
            }
            return text.toString();
        }
    }
}
