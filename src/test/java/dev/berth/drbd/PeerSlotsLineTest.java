package dev.berth.drbd;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line under the header of a Berth file that records the peer slots of the resource's metadata. */
class PeerSlotsLineTest {
    static final String FILE = ResourceFileWriter.HEADER + "\n\nresource \"r0\" {\n}\n";

    @Test
    void writtenUnderTheHeaderOnceAndReadBack() {
        String recorded = ResourceFileWriter.withPeerSlots(FILE, 4);
        assertEquals(ResourceFileWriter.HEADER + "\n# Peer slots of its metadata: 4\n\nresource \"r0\" {\n}\n", recorded);
        assertEquals(OptionalInt.of(4), ResourceFileWriter.peerSlots(recorded));
        assertEquals(recorded, ResourceFileWriter.withPeerSlots(recorded, 7), "a file keeps the slots it records");
        assertEquals(OptionalInt.empty(), ResourceFileWriter.peerSlots(FILE));
    }

    @Test
    void notForAdoptedFilesNorForFilesBerthDidNotWrite() {
        String adopted = ResourceFileWriter.withAdoptedMetadata(FILE);
        assertEquals(adopted, ResourceFileWriter.withPeerSlots(adopted, 7));
        assertEquals(OptionalInt.empty(), ResourceFileWriter.peerSlots(adopted));
        String handWritten = "resource \"r0\" {\n}\n";
        assertEquals(handWritten, ResourceFileWriter.withPeerSlots(handWritten, 7));
    }

    @Test
    void anEditedOrImpossibleCountIsNoCount() {
        String prefix = ResourceFileWriter.HEADER + "\n" + ResourceFileWriter.PEER_SLOTS;
        assertEquals(OptionalInt.empty(), ResourceFileWriter.peerSlots(prefix + "seven\n"));
        assertEquals(OptionalInt.empty(), ResourceFileWriter.peerSlots(prefix + "0\n"));
        assertEquals(OptionalInt.empty(), ResourceFileWriter.peerSlots(prefix + "32\n"));
        assertEquals(OptionalInt.of(31), ResourceFileWriter.peerSlots(prefix + "31"));
    }
}
