package dev.berth.desired;

import dev.berth.model.Size;

/** A DRBD volume: its number inside the resource and its usable size. */
public record Volume(int number, Size size) {}
