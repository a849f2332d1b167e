package dev.berth.discovery.parse;

import dev.berth.observed.Term;
import dev.berth.observed.Zpool;
import dev.berth.observed.ZpoolHealth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code zpool list -H -p -o name,size,alloc,free,health}. "no pools available" goes to stderr, with exit 0 and no lines. */
public final class ZpoolListParser {
    private ZpoolListParser() {}

    public static Parsed<List<Zpool>> parse(CommandOutput output) {
        return TabSeparated.read(output, rows -> {
            List<Zpool> pools = new ArrayList<>();
            for (TabSeparated.Row row : rows) {
                pools.add(new Zpool(
                        row.any("name").text(),
                        row.bytes(row.any("size"), "size"),
                        row.bytes(row.any("alloc", "allocated"), "alloc"),
                        row.bytes(row.any("free"), "free"),
                        Term.of(ZpoolHealth.class, row.any("health").text())));
            }
            pools.sort(Comparator.comparing(Zpool::name));
            return pools;
        });
    }
}
