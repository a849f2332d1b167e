package dev.berth.desired;

/** A block device a pool is built from; {@code wipe} allows using it although it is not blank. */
public record Device(String path, boolean wipe) {}
