package dev.berth.observed;

import java.util.Optional;
import java.util.SortedMap;

/**
 * The signatures blkid found on one device the stack wants to build a pool from
 * ({@code blkid --probe --output export}): {@code values} holds its KEY=VALUE pairs unescaped
 * ({@code TYPE=LVM2_member}, {@code PTTYPE=gpt}, {@code VERSION=LVM2 001}).
 */
public record DeviceSignatures(String device, SignatureState state, SortedMap<String, String> values) {
    public DeviceSignatures {
        Copies.noNulls("DeviceSignatures", device, state, values);
        values = Copies.sortedMap(values);
        if (state == SignatureState.BLANK && !values.isEmpty()) {
            throw new IllegalArgumentException(device + ": a blank device has no signature values");
        }
    }

    public boolean isBlank() { return state == SignatureState.BLANK; }

    /** {@code ext4}, {@code LVM2_member}, {@code zfs_member}, ... */
    public Optional<String> type() { return Optional.ofNullable(values.get("TYPE")); }

    /** {@code gpt}, {@code dos}: a partition table. */
    public Optional<String> partitionTableType() { return Optional.ofNullable(values.get("PTTYPE")); }

    public DeviceSignatures withState(SignatureState newState) { return new DeviceSignatures(device, newState, values); }
}
