package dev.berth.sim.drbd;

/**
 * The bitmap part of {@code drbdmeta dump-md}, ported from drbdmeta.c's fprintf_bm: the words of
 * all peer slots interleaved, each slot printed as runs ("N times 0x...;" counted in 64-bit
 * units) and single 64-bit words, eight words a line, "# at NkB" every 64 words. The lab keeps
 * out-of-sync counts, not positions: a slot's bits are laid out from the start of the device.
 */
final class MetadataBitmap {
    private static final int WORDS_PER_LINE = 8;
    private final int[] words;
    private final int peers;
    private int bitsSet;

    /** {@code bytes} of bitmap (drbdmeta's bm_bytes over the last agreed size), {@code setBits[p]} for bitmap index p. */
    MetadataBitmap(long bytes, int peers, long[] setBits) {
        this.words = new int[(int) (bytes / 4)];
        this.peers = peers;
        for (int peer = 0; peer < peers; peer++) {
            long left = setBits[peer];
            for (int w = peer; w < words.length && left > 0; w += peers) {
                words[w] = left >= 32 ? -1 : (1 << left) - 1;
                left -= Math.min(32, left);
            }
        }
    }

    /** One slot's block, "{" to "}\n", and the bits it counted (drbdmeta reports the last slot's). */
    String print(int peer) {
        StringBuilder out = new StringBuilder("{");
        int n = words.length;
        int i = peer;
        int count = 0;
        int current = 0;
        int low = 0;
        bitsSet = 0;
        while (i < n) {
            if (count == 0) current = words[i];
            if (i % (WORDS_PER_LINE * peers) == peer) {
                if (count == 0) endOfLine(out, i, peer);
                int j = i;
                while (j < n && words[j] == current) j += peers;
                int run = (j / peers - i / peers) / WORDS_PER_LINE * WORDS_PER_LINE;
                if (run > WORDS_PER_LINE) {
                    count += run;
                    i += run * peers;
                }
                if (count > 0) {
                    out.append(String.format(" %d times 0x%08X%08X;", count / 2, current, current));
                    bitsSet += count * Integer.bitCount(current);
                    count = 0;
                    continue;
                }
            }
            if (((i / peers) & 1) == 0) low = words[i];
            else out.append(String.format(" 0x%08X%08X;", words[i], low));
            bitsSet += Integer.bitCount(words[i]);
            i += peers;
        }
        return out.append("\n}\n").toString();
    }

    int bitsSet() { return bitsSet; }

    private static void endOfLine(StringBuilder out, int i, int peer) {
        if ((i & 63) == peer) out.append("\n   # at ").append(128L * (i - peer)).append("kB\n   ");
        else out.append("\n   ");
    }
}
