package dev.berth.sim.zfs;

import java.util.Locale;

/**
 * Space accounting, following OpenZFS where it is cheap to (module/zfs/vdev.c metaslab sizing,
 * spa_misc.c slop space, libzfs zvol_volsize_to_reservation) and simple where it is not: data
 * written counts fully, file systems reference 24 KiB of metadata, compression and copies are
 * not modelled. The numbers are plausible and consistent, not bit-exact.
 */
final class ZfsSpace {
    static final long FILESYSTEM_OVERHEAD = 24L * 1024;
    private static final long LABELS = 4L * 1024 * 1024 + 512L * 1024;

    private ZfsSpace() {}

    /** A vdev's usable space: the device less its four labels, in whole metaslabs. */
    static long vdevSpace(long deviceBytes) {
        long asize = Math.max(0, (deviceBytes - LABELS) / (256 * 1024) * (256 * 1024));
        long count = asize >> 29;
        long shift;
        if (count < 16) shift = 64 - Long.numberOfLeadingZeros(Math.max(1, asize / 16));
        else if (count > 200) shift = 64 - Long.numberOfLeadingZeros(asize / 200);
        else shift = 29;
        shift = Math.max(24, Math.min(34, shift));
        return (asize >> shift) << shift;
    }

    static long slop(long size) {
        return Math.max(Math.min(size >> 5, 128L << 30), Math.min(size >> 1, 128L << 20));
    }

    /** refreservation of a thick zvol: volsize plus indirect blocks at 128K each, two copies of metadata. */
    static long reservation(long volumeSize, long blockSize) {
        long blocks = volumeSize / blockSize;
        long metadataBlocks = 7;
        while (blocks > 1) {
            blocks = (blocks + 1023) / 1024;
            metadataBlocks += blocks;
        }
        return volumeSize + metadataBlocks * 2 * (128L * 1024);
    }

    /** zfs_nicenum: {@code 9.50G}, {@code 120K}, {@code 0B}; at most five characters when a fraction is shown. */
    static String nice(long value) {
        String units = "BKMGTPE";
        int index = 0;
        long divisor = 1;
        while (index < units.length() - 1 && value >= divisor * 1024) {
            divisor *= 1024;
            index++;
        }
        if (value % divisor == 0) return (value / divisor) + String.valueOf(units.charAt(index));
        double scaled = (double) value / divisor;
        for (int precision = 2; precision >= 0; precision--) {
            String text = String.format(Locale.ROOT, "%." + precision + "f%c", scaled, units.charAt(index));
            if (text.length() <= 5 || precision == 0) return text;
        }
        throw new IllegalStateException();
    }

    /** zfs_nicestrtonum: {@code 1024KB}, {@code 10G}, {@code 1.5T}, {@code 4096}; -1 when it is no size. */
    static long parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)([BKMGTPE]?)(?:I?B)?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text);
        if (!m.matches()) return -1;
        int power = "BKMGTPE".indexOf(m.group(2).isEmpty() ? "B" : m.group(2).toUpperCase(Locale.ROOT));
        java.math.BigDecimal bytes = new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(2).pow(10 * power));
        return bytes.setScale(0, java.math.RoundingMode.DOWN).longValue();
    }
}
