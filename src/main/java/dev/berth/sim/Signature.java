package dev.berth.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An on-disk signature as libblkid sees it: what {@code blkid --probe} exports, what
 * {@code wipefs} erases and what makes {@code pvcreate} or {@code zpool create} hesitate.
 * {@code tags} keep blkid's own order (LABEL, UUID, VERSION, ...); TYPE and USAGE always come
 * last in blkid's export, so they are separate fields. {@code magic} is the bytes wipefs reports
 * as erased, in its lower-case hex form.
 */
public record Signature(String type, String usage, long offset, String magic, Map<String, String> tags) {
    public Signature {
        Objects.requireNonNull(type);
        Objects.requireNonNull(usage);
        Objects.requireNonNull(magic);
        // LinkedHashMap, not Map.copyOf: blkid's key order is part of its output
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** What {@code mkfs.ext4 -L LABEL} leaves: the fixture's ext4 probe shows these keys in this order. */
    public static Signature ext4(String label, String uuid) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (!label.isEmpty()) tags.put("LABEL", label);
        tags.put("UUID", uuid);
        tags.put("VERSION", "1.0");
        tags.put("BLOCK_SIZE", "4096");
        return new Signature("ext4", "filesystem", 0x438, "53 ef", tags);
    }

    public static Signature xfs(String uuid) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("UUID", uuid);
        tags.put("BLOCK_SIZE", "512");
        return new Signature("xfs", "filesystem", 0x0, "58 46 53 42", tags);
    }

    /** The LVM2 label pvcreate writes in the second sector (offset 0x218 is its "LVM2 001" magic). */
    public static Signature lvmPhysicalVolume(String pvUuid) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("UUID", pvUuid);
        tags.put("VERSION", "LVM2 001");
        return new Signature("LVM2_member", "raid", 0x218, "4c 56 4d 32 20 30 30 31", tags);
    }

    /** A ZFS vdev label; blkid reports the pool name as LABEL and the pool guid as UUID (inferred, no capture). */
    public static Signature zfsMember(String pool, String poolGuid, String vdevGuid) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("LABEL", pool);
        tags.put("UUID", poolGuid);
        tags.put("UUID_SUB", vdevGuid);
        tags.put("VERSION", "5000");
        tags.put("BLOCK_SIZE", "4096");
        return new Signature("zfs_member", "filesystem", 0x3f000, "0c b1 ba 00 00 00 00 00", tags);
    }

    public String uuid() { return tags.getOrDefault("UUID", ""); }

    public String label() { return tags.getOrDefault("LABEL", ""); }

    /** Bytes wipefs reports as erased: one per hex pair of the magic. */
    public int magicLength() { return magic.isEmpty() ? 0 : magic.split(" ").length; }
}
