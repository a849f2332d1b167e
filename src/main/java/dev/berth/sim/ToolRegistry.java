package dev.berth.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools a lab's hosts have, by program name. A tool registered later takes over the programs
 * of an earlier one, so part 2 replaces the "no DRBD module" stand-in just by being added after it.
 */
public final class ToolRegistry {
    private final List<SimTool> tools;
    private final Map<String, SimTool> byProgram = new LinkedHashMap<>();

    private ToolRegistry(List<SimTool> tools) {
        this.tools = List.copyOf(tools);
        for (SimTool tool : this.tools) for (String program : tool.programs()) byProgram.put(program, tool);
    }

    public static ToolRegistry of(List<SimTool> tools) {
        return new ToolRegistry(tools);
    }

    /** This registry plus {@code tool}, which takes over any program it shares with the others. */
    public ToolRegistry with(SimTool tool) {
        List<SimTool> all = new ArrayList<>(tools);
        all.add(tool);
        return new ToolRegistry(all);
    }

    public Optional<SimTool> forProgram(String program) {
        return Optional.ofNullable(byProgram.get(program));
    }

    /** Every tool, in registration order (device lookups ask them all). */
    public List<SimTool> all() { return tools; }
}
