package dev.berth.sim.lvm;

import java.util.function.Function;

/**
 * One report field: its name for {@code -o}, which object it belongs to (a SEG field makes lvs
 * print one row per segment), its heading and minimum width for the aligned text form (from lvm2's
 * columns.h), whether numbers align right, and how a row's value is read.
 */
record LvmField(String name, Kind kind, String heading, int width, boolean rightAligned, Function<ReportRow, Cell> read) {
    enum Kind { PV, VG, LV, SEG }

    /** A value: text, or a size in bytes that the report formats with its {@code --units}. */
    record Cell(String text, long bytes, boolean size) {
        static Cell text(String text) { return new Cell(text, 0, false); }

        static Cell number(long number) { return new Cell(Long.toString(number), 0, false); }

        static Cell size(long bytes) { return new Cell("", bytes, true); }

        String render(char unit, boolean suffix) {
            return size ? LvmUnits.report(bytes, unit, suffix) : text;
        }
    }

    static LvmField text(String name, Kind kind, String heading, int width, Function<ReportRow, String> read) {
        return new LvmField(name, kind, heading, width, false, row -> Cell.text(read.apply(row)));
    }

    static LvmField number(String name, Kind kind, String heading, int width, Function<ReportRow, Long> read) {
        return new LvmField(name, kind, heading, width, true, row -> Cell.number(read.apply(row)));
    }

    static LvmField size(String name, Kind kind, String heading, Function<ReportRow, Long> read) {
        return new LvmField(name, kind, heading, 0, true, row -> Cell.size(read.apply(row)));
    }

    static LvmField percent(String name, String heading, int width, Function<ReportRow, String> read) {
        return new LvmField(name, Kind.LV, heading, width, true, row -> Cell.text(read.apply(row)));
    }
}
