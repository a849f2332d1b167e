package dev.berth.plan;

/** Something on a managed host that Berth did not make (no marker): listed for information, never touched. */
public record Unmanaged(String node, String kind, String name, String detail) {}
