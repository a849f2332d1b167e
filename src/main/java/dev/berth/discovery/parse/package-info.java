/**
 * Pure parsers of what the discovery commands print, one class per command, named after it
 * ({@link dev.berth.discovery.parse.LvsReportParser}, {@link dev.berth.discovery.parse.DrbdsetupStatusParser},
 * ...). Each takes a {@link dev.berth.discovery.parse.CommandOutput} (host, command, result) and
 * returns a {@link dev.berth.discovery.parse.Parsed}: the value in {@code dev.berth.observed}
 * terms, or a diagnostic that names the host, the command and the first bad line and column
 * (for JSON, the line of the offending value, found again through its JSON pointer). Bad output
 * never throws.
 *
 * <p>The parsers know the tools' habits: LVM prints every JSON value as a string, warns on stderr
 * with exit 0, exits 5 for a name that does not exist, and prints a volume once per segment when
 * a segment field such as {@code segtype} is asked for; blkid answers a missing device like a
 * blank one; drbdsetup exits 20 without a module; columns are read by name and unknown fields
 * ignored, so a newer tool that adds a field does not break discovery.
 *
 * <p>{@link dev.berth.discovery.parse.HostInventoryParser} puts one host together: given the node
 * name, the host name the stack expects, the batch and its results in order, it files each result
 * by the shape of its command, runs the parser, and turns a missing tool, a failed command or an
 * unreadable output into an unknown part of the inventory with a finding, never into a failed
 * host. The DRBD configuration is read through the drbd model's {@code ResourceFileParser} and
 * copied into observed records; shared secrets leave as digests and redacted text only.
 *
 * <p>Depends on {@code observed}, {@code drbd}, {@code diag}, {@code model} and Jackson; no I/O.
 */
package dev.berth.discovery.parse;
