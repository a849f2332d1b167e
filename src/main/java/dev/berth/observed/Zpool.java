package dev.berth.observed;

import dev.berth.model.Size;

/** One zpool ({@code zpool list -Hp}): exact byte counts and its health. */
public record Zpool(String name, Size size, Size allocated, Size free, Term<ZpoolHealth> health) {
    public Zpool {
        Copies.noNulls("Zpool", name, size, allocated, free, health);
    }
}
