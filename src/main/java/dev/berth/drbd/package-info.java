/**
 * The one model of DRBD 9 that the planner, the simulator and the kernel stand-in share.
 *
 * <p>A {@link dev.berth.drbd.ResourceConfig} is a resource as Berth writes it: option sections,
 * one {@link dev.berth.drbd.HostConfig} per replica (keyed by {@code uname -n}) and a full mesh
 * of {@link dev.berth.drbd.Connection}s. Its shared secret is only a
 * {@link dev.berth.drbd.SecretReference}; the value is handed to the
 * {@link dev.berth.drbd.ResourceFileWriter} and the {@link dev.berth.drbd.DrbdadmExpander} as an
 * argument, so models, plans and logs never hold it.
 *
 * <p>The writer produces LINSTOR-style files whose first line marks them as Berth's; the
 * {@link dev.berth.drbd.ResourceFileParser} reads those, hand-written files and {@code drbdadm
 * dump} back into the same records, reporting a problem as a value with line and column. The
 * expander turns a {@code drbdadm} verb into the exact drbdsetup/drbdmeta lines drbd-utils 9.22
 * runs on a host (the tests compare it with {@code drbdadm -d}), and
 * {@link dev.berth.drbd.MetadataSize} sizes backing devices with drbdmeta's own arithmetic.
 *
 * <p>{@link dev.berth.drbd.AdjustPlanner} is drbdadm adjust's diff: a resource file against the
 * kernel's running configuration ({@link dev.berth.drbd.RunningResource}, the facts of
 * {@code drbdsetup show}), issuing only the differences in drbdadm's stage order. It compares
 * options as drbdadm does, by meaning, with drbd-utils 9.22's {@link dev.berth.drbd.OptionCatalogue}
 * (types, defaults, scales, units). The simulator's kernel and a real host's kernel stand-in feed
 * it the same facts; {@link dev.berth.drbd.ConfigOutline} gives drbdadm's view of a drbd.conf
 * around its resources (includes, global, common, where each resource starts).
 *
 * <p>Pure code: no I/O, no clock; it depends on {@code dev.berth.model} and the JDK only.
 */
package dev.berth.drbd;
