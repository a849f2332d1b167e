package dev.berth.discovery.parse;

import dev.berth.observed.Term;
import dev.berth.observed.ZfsDataset;
import dev.berth.observed.ZfsDatasetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code zfs list -H -p -t filesystem,volume -o name,type,volsize,used,avail,refreservation,
 * volblocksize,berth:managed}. {@code -} means "not applicable" (volsize of a filesystem) or,
 * for the user property, "not set".
 */
public final class ZfsListParser {
    private ZfsListParser() {}

    public static Parsed<List<ZfsDataset>> parse(CommandOutput output) {
        return TabSeparated.read(output, rows -> {
            List<ZfsDataset> datasets = new ArrayList<>();
            for (TabSeparated.Row row : rows) datasets.add(dataset(row));
            datasets.sort(Comparator.comparing(ZfsDataset::name));
            return datasets;
        });
    }

    private static ZfsDataset dataset(TabSeparated.Row row) throws BadOutput {
        TabSeparated.Field type = row.any("type");
        Term<ZfsDatasetType> datasetType = Term.of(ZfsDatasetType.class, type.text());
        if (!datasetType.isRecognised()) {
            throw BadOutput.atLine(row.line(), type.column(), "expected type filesystem or volume, found \"" + type.text() + "\"");
        }
        String managed = row.any(ZfsDataset.MANAGED_PROPERTY).text();
        return new ZfsDataset(
                row.any("name").text(),
                datasetType,
                row.optionalBytes(row.any("volsize"), "volsize"),
                row.bytes(row.any("used"), "used"),
                row.bytes(row.any("avail", "available"), "avail"),
                // With -p, libzfs prints a refreservation of none as 0 (zfs_prop_get: "none" unless literal).
                row.optionalBytes(row.any("refreservation", "refreserv"), "refreservation").filter(size -> size.bytes() > 0),
                row.optionalBytes(row.any("volblocksize", "volblock"), "volblocksize"),
                managed.equals("-") ? Optional.empty() : Optional.of(managed));
    }
}
