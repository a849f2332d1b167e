package dev.berth.render;

import dev.berth.apply.events.ApplyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The live display of an apply on a terminal: one line per host (done/total, and what runs there
 * now, with a resync's percent and DRBD's estimate) and an overall line, redrawn in place. It only
 * remembers the last event per host to draw it; what happens next is the engine's business.
 * Failures, undos and left steps are printed above the board as permanent lines, since a person
 * must still read them after the board has moved on.
 */
public final class ProgressBoard {
    private static final String UP = "\u001b[%dA";
    private static final String CLEAR_BELOW = "\r\u001b[J";

    private final SortedMap<String, Integer> totals;
    private final int columns;
    private final SortedMap<String, Integer> done = new TreeMap<>();
    private final SortedMap<String, String> now = new TreeMap<>();
    private int drawnLines;

    /** {@code totals}: how many steps the plan has on each host. */
    public ProgressBoard(Map<String, Integer> totals) { this(totals, Integer.MAX_VALUE); }

    /** Lines are cut to {@code columns - 1}: a line the terminal wraps would make "up N lines" erase too little. */
    public ProgressBoard(Map<String, Integer> totals, int columns) {
        this.totals = new TreeMap<>(totals);
        this.columns = columns;
    }

    /** What to write to the terminal for this event: the old board erased, permanent lines if any, the new board. */
    public synchronized String on(ApplyEvent event) {
        StringBuilder out = new StringBuilder(erase());
        switch (event.kind()) {
            case STARTED -> now.put(event.host(), "running " + event.step());
            case WAITING -> now.put(event.host(), "waiting " + event.step()
                    + ApplyEventRenderer.progress(event).map(p -> " " + p).orElse(""));
            case FINISHED, SKIPPED -> {
                done.merge(event.host(), 1, Integer::sum);
                now.remove(event.host());
            }
            default -> {
                now.remove(event.host());
                out.append(ApplyEventRenderer.text(event)).append('\n');
            }
        }
        List<String> lines = lines().stream().map(line -> line.length() < columns ? line : line.substring(0, columns - 1)).toList();
        lines.forEach(line -> out.append(line).append('\n'));
        drawnLines = lines.size();
        return out.toString();
    }

    private String erase() {
        return drawnLines == 0 ? "" : String.format(UP, drawnLines) + CLEAR_BELOW;
    }

    private List<String> lines() {
        int width = totals.keySet().stream().mapToInt(String::length).max().orElse(0);
        width = Math.max(width, "overall".length());
        List<String> lines = new ArrayList<>();
        int allDone = 0;
        int all = 0;
        for (Map.Entry<String, Integer> host : totals.entrySet()) {
            int hostDone = done.getOrDefault(host.getKey(), 0);
            allDone += hostDone;
            all += host.getValue();
            String doing = now.getOrDefault(host.getKey(), hostDone >= host.getValue() ? "done" : "");
            lines.add(String.format("%-" + width + "s  %3d/%-3d %s", host.getKey(), hostDone, host.getValue(), doing).stripTrailing());
        }
        lines.add(String.format("%-" + width + "s  %3d/%-3d", "overall", allDone, all).stripTrailing());
        return lines;
    }
}
