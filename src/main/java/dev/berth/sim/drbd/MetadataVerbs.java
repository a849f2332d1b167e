package dev.berth.sim.drbd;

import dev.berth.drbd.MetadataSize;
import dev.berth.sim.BlockDevice;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolOutput;
import java.util.List;

/**
 * The drbdmeta verbs on one device's metadata, with drbdmeta.c's words: create-md (refusing to
 * overwrite valid metadata or data without --force), read-dev-uuid/write-dev-uuid, apply-al,
 * get-gi/set-gi (the generation identifiers LINSTOR reads and writes), dstate, forget-peer (which,
 * like the real one, cannot copy bitmaps and says so) and dump-md ({@link MetadataDump}).
 */
final class MetadataVerbs {
    private final SimHost host;
    private final DrbdState state;
    private final BlockDevice device;
    private final String path;
    private final int nodeId;
    private final boolean force;
    private final ToolOutput output;

    MetadataVerbs(SimHost host, DrbdState state, BlockDevice device, String path, int nodeId, boolean force, ToolOutput output) {
        this.host = host;
        this.state = state;
        this.device = device;
        this.path = path;
        this.nodeId = nodeId;
        this.force = force;
        this.output = output;
    }

    int run(String verb, List<String> args, List<String> argv) {
        if (verb.equals("create-md")) return createMd(args);
        MetadataState metadata = state.metadata.get(device.identity());
        if (metadata == null) {
            if (!verb.equals("get-gi") && !verb.equals("read-dev-uuid") && !verb.equals("write-dev-uuid")) output.err("No valid meta data found");
            return 1;
        }
        switch (verb) {
            case "read-dev-uuid":
                output.out(String.format("%016X", metadata.deviceUuid));
                return 0;
            case "write-dev-uuid":
                if (args.isEmpty()) return fail(10, "Required Argument missing");
                metadata.deviceUuid = Long.parseUnsignedLong(args.get(0), 16);
                return 0;
            case "apply-al":
                return 0;
            case "dstate":
                output.out(dstate(metadata));
                return 0;
            case "get-gi":
                output.out(GenerationText.gi(metadata, nodeId));
                return 0;
            case "set-gi":
                if (args.isEmpty()) return fail(10, "Required Argument missing");
                return GenerationText.set(metadata, nodeId, args.get(0), force, output);
            case "forget-peer":
                return forgetPeer(metadata);
            default:
                MetadataDump.print(output, metadata, device, host, argv);
                return 0;
        }
    }

    /** meta_dstate: a v09 disk that was UpToDate reads as Consistent (the old peer-outdated flag is never set). */
    private String dstate(MetadataState metadata) {
        if (!metadata.consistent) return "Inconsistent";
        return metadata.wasUpToDate ? "Consistent" : "Outdated";
    }

    private int createMd(List<String> args) {
        if (args.isEmpty()) return fail(20, "USAGE: drbdmeta MINOR v09 ... create-md MAX_PEERS\n\n  MAX_PEERS argument missing");
        int maxPeers;
        try {
            maxPeers = Integer.parseInt(args.get(0));
        } catch (NumberFormatException notANumber) {
            return fail(20, args.get(0) + " is not a valid number");
        }
        if (maxPeers < 1 || maxPeers > 31) return fail(20, "MAX_PEERS argument not in allowed range 1 .. 31.");
        long bytes = device.size().bytes();
        if (bytes < 68 * 1024) return fail(10, path + " is only " + bytes + " bytes. That's not enough.");
        if (state.metadata.containsKey(device.identity())) {
            output.err("You want me to create a v09 style flexible-size internal meta data block.");
            output.err("There appears to be a v09 flexible-size internal meta data block\nalready in place on " + path
                    + " at byte offset " + ((bytes - 4096) & ~4095L));
            if (!Confirm.ask(output, "Do you really want to overwrite the existing meta-data?", force)) {
                output.out("Operation cancelled.");
                return 1;
            }
        } else if (!host.devices().signatures(device).isEmpty()) {
            long mdSectors = MetadataSize.internalSectors(bytes / 512, maxPeers);
            long offset = (bytes - 4096) & ~4095L;
            output.out("md_offset " + offset).out("al_offset " + (offset - 32768)).out("bm_offset " + (bytes - mdSectors * 512));
            output.out("").out("Found some data").out("").out(" ==> This might destroy existing data! <==");
            if (!Confirm.ask(output, "Do you want to proceed?", force)) {
                output.out("Operation canceled.");
                return 1;
            }
        }
        MetadataState created = new MetadataState();
        created.identity = device.identity();
        created.path = path;
        created.maxPeers = maxPeers;
        state.metadata.put(device.identity(), created);
        output.out("initializing activity log");
        output.err("initializing bitmap (" + GenerationText.prettySize(bitmapBytes(bytes / 512, maxPeers) / 1024) + ") to all zero");
        output.out("Writing meta data...").out("New drbd meta data block successfully created.");
        return 0;
    }

    /** drbdmeta's bm_bytes: one bit per 4 KiB per peer slot, whole 64-bit words, whole 4 KiB blocks. */
    static long bitmapBytes(long sectors, int peers) {
        long bits = ((sectors + 7) / 8 + 63) / 64 * 64;
        return (bits / 8 * peers + 4095) / 4096 * 4096;
    }

    private int forgetPeer(MetadataState metadata) {
        MetadataState.PeerSlot slot = metadata.peers.remove(nodeId);
        int index = slot == null ? -1 : slot.bitmapIndex;
        boolean day0 = java.util.stream.IntStream.range(0, 32).anyMatch(id -> id != metadata.nodeId && id != nodeId && !metadata.peers.containsKey(id));
        if (day0) output.err("Copying bitmap slot -1 to " + index + " not implemented.\nDo it with dump-md, edit, restore-md");
        else output.err("Setting all bits in slot " + index + " not implemented.\nDo it with dump-md, edit, restore-md");
        return 0;
    }

    private int fail(int exit, String message) {
        output.err(message);
        return exit;
    }
}
