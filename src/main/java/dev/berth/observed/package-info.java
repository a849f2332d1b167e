/**
 * What discovery saw on each host: immutable, sorted, null-free records that the diff, the
 * planner and the reports read. An {@link dev.berth.observed.ObservedCluster} maps node names to
 * an {@link dev.berth.observed.ObservedHost}, which is either reachable, with
 * {@link dev.berth.observed.HostFacts}, a {@link dev.berth.observed.HostInventory} and
 * {@link dev.berth.observed.Finding}s, or unreachable with the error: never an empty host.
 *
 * <p>Each part of an inventory is a {@link dev.berth.observed.Reading}: known, or unknown with
 * the finding that says why (tool missing, command failed, output unreadable), so that "nothing
 * there" and "could not look" stay apart. Block devices and the signatures on the devices a stack
 * names; LVM volume groups and volumes with their {@code lv_attr} decoded; zpools and datasets;
 * DRBD in three views (the configuration drbdadm reads, the one the kernel runs, the live
 * status); Berth's own files. Words from closed vocabularies (roles, disk, connection and
 * replication states) are {@link dev.berth.observed.Term}s that keep the text of a state a newer
 * DRBD adds. Ownership markers (LVM tag {@code berth}, ZFS {@code berth:managed=yes}, the header
 * of a resource file) are visible on every object, because drift and pruning look only at marked
 * ones.
 *
 * <p>Secrets never enter these records: resource files are kept with their shared secrets
 * redacted, and configured resources carry only the secret's digest.
 *
 * <p>Pure data: no I/O, no parsing; depends on {@code dev.berth.model} and {@code dev.berth.diag} only.
 */
package dev.berth.observed;
