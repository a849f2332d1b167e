package dev.berth.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonPointerTest {
    @Test
    void escapesSlashesAndTildesBothWays() {
        String pointer = JsonPointer.of("storagePools", "a/b", "c~d", 0);
        assertEquals("/storagePools/a~1b/c~0d/0", pointer);
        assertEquals(List.of("storagePools", "a/b", "c~d", "0"), JsonPointer.segments(pointer));
        assertEquals("/storagePools/a~1b/c~0d", JsonPointer.parent(pointer));
        assertEquals("", JsonPointer.parent("/x"));
    }
}
