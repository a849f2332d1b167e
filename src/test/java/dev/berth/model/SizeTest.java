package dev.berth.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeTest {
    @Test
    void readsBinaryUnitsAndPlainBytes() {
        assertEquals(Optional.of(Size.ofGiB(20)), Size.parse("20GiB"));
        assertEquals(Optional.of(Size.ofMiB(512)), Size.parse("512 MiB"));
        assertEquals(Optional.of(Size.ofBytes(4096)), Size.parse("4096"));
        assertEquals(Optional.of(Size.ofBytes(7)), Size.parse("7B"));
        assertEquals(Optional.of(new Size(Size.PIB)), Size.parse("1PiB"));
    }

    @Test
    void refusesAmbiguousUnitsAndOverflow() {
        assertEquals(Optional.empty(), Size.parse("20GB"));
        assertEquals(Optional.empty(), Size.parse("20G"));
        assertEquals(Optional.empty(), Size.parse("-1GiB"));
        assertEquals(Optional.empty(), Size.parse("9999999999PiB"));
    }

    @Test
    void printsTheLargestExactUnit() {
        assertEquals("20GiB", Size.ofGiB(20).toString());
        assertEquals("20488MiB", Size.ofMiB(20488).toString());
        assertEquals("1000B", Size.ofBytes(1000).toString());
        assertEquals("0B", Size.ofBytes(0).toString());
        assertEquals("19.5GiB", Size.ofMiB(19968).human());
        assertEquals("1.0TiB", Size.ofBytes(Size.TIB - Size.MIB * 4).human());
    }

    @Test
    void roundsUpToWholeExtents() {
        Size extent = Size.ofMiB(4);
        assertEquals(Size.ofMiB(52), Size.ofBytes(52428800 - 1).roundUpTo(extent));
        assertEquals(Size.ofMiB(52), Size.ofMiB(52).roundUpTo(extent));
    }
}
