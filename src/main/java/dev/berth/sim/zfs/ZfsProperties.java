package dev.berth.sim.zfs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Dataset properties as {@code zfs list -o} and {@code zfs get} print them: exact numbers with
 * {@code -p}, zfs_nicenum otherwise; {@code -} where a property does not apply (volsize of a file
 * system, an unset user property); a zero reservation is {@code none}, or {@code 0} with {@code -p}.
 */
final class ZfsProperties {
    private static final Set<String> SETTABLE = Set.of("volsize", "refreservation", "reservation", "compression", "sync", "volmode",
            "checksum", "logbias", "primarycache", "secondarycache", "redundant_metadata", "snapdev", "mountpoint", "canmount", "atime");
    private static final DateTimeFormatter CREATION = DateTimeFormatter.ofPattern("EEE MMM d H:mm yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ZfsProperties() {}

    static boolean settable(String property) {
        return SETTABLE.contains(property) || property.contains(":");
    }

    /** The property's text, or empty when ZFS has no such property. */
    static Optional<String> value(ZfsAccounting accounting, ZfsState.Dataset dataset, String property, boolean parsable) {
        boolean volume = dataset.volume();
        String value = switch (property) {
            case "name" -> dataset.name;
            case "type" -> dataset.type;
            case "used" -> number(accounting.used(dataset), parsable);
            case "available", "avail" -> number(accounting.available(dataset), parsable);
            case "referenced", "refer" -> number(accounting.referenced(dataset), parsable);
            case "written", "logicalused", "logicalreferenced" -> number(volume ? dataset.written : accounting.referenced(dataset), parsable);
            case "usedbyrefreservation" -> number(Math.max(0, dataset.refreservation - dataset.written), parsable);
            case "volsize" -> volume ? number(dataset.volumeSize, parsable) : "-";
            case "volblocksize" -> volume ? number(dataset.volumeBlockSize, parsable) : "-";
            case "refreservation" -> dataset.refreservation == 0 ? (parsable ? "0" : "none") : number(dataset.refreservation, parsable);
            case "reservation" -> parsable ? "0" : "none";
            case "mountpoint" -> volume ? "-" : "/" + dataset.name;
            case "origin" -> "-";
            case "guid" -> dataset.guid;
            case "creation" -> parsable ? Long.toString(dataset.createdAt) : CREATION.format(Instant.ofEpochSecond(dataset.createdAt));
            case "compression" -> "on";
            default -> property.contains(":") ? dataset.userProperties.getOrDefault(property, "-") : null;
        };
        return Optional.ofNullable(value);
    }

    /** zfs get's SOURCE column. */
    static String source(ZfsState.Dataset dataset, String property) {
        if (property.contains(":")) return dataset.userProperties.containsKey(property) ? "local" : "-";
        return switch (property) {
            case "volsize" -> dataset.volume() ? "local" : "-";
            case "refreservation" -> dataset.refreservation > 0 ? "local" : "default";
            case "reservation", "compression", "mountpoint" -> "default";
            default -> "-";
        };
    }

    static String number(long value, boolean parsable) {
        return parsable ? Long.toString(value) : ZfsSpace.nice(value);
    }
}
