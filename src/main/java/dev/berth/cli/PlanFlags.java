package dev.berth.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The flags every command that plans shares (design.md): what may be destroyed and what to plan. */
final class PlanFlags {
    @Option(names = "--allow-destroy", description = "Allow steps that destroy data (removing a diskful replica's backing volume, wiping a device).")
    boolean allowDestroy;

    @Option(names = "--target", paramLabel = "ADDRESS", description = "Plan only these addresses (globs allowed, e.g. resource.mysql-data-*); repeatable.")
    List<String> targets = new ArrayList<>();
}
