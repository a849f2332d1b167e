/**
 * The DRBD kernel stand-in for real test hosts that have no DRBD module: {@code drbdsetup} and
 * {@code drbdmeta} for the real drbdadm (drbd-utils 9.22) and for Berth's discovery, answered by
 * the simulated lab's DRBD kernel ({@code dev.berth.sim.drbd}) in the real formats.
 *
 * <h2>How a call runs</h2>
 * The shims {@code scripts/realhost/drbdsetup} and {@code drbdmeta} (bind-mounted over
 * {@code /usr/sbin/drbdsetup} and {@code /usr/sbin/drbdmeta} in each host's namespace) start
 * {@link dev.berth.standin.StandinMain} with the program's name and arguments. It reads the
 * host's root ({@code /run/drbd-standin}, or {@code BERTH_STANDIN_ROOT}): {@code shared-dir} names
 * the folder all hosts of one run share, {@code faults} lists globs that make matching calls fail.
 * The run's kernels are one simulated lab in {@code <shared>/lab} ({@code SharedLab}), one node
 * per host name, changed under the lab's file lock, so a connect settles both ends at once and a
 * resync moves on the wall clock at the lab's rate. Backing devices are the host's real logical
 * volumes ({@code RealVolumes}, from {@code lvs}), known by their LV uuid: LVM without
 * device-mapper makes no device node to open, and metadata must follow the volume, not its path.
 * A host's kernel state ends with its boot: a root without {@code boot-id} (a new /run) starts
 * with no resources, while its metadata, on disk in reality, stays.
 *
 * <h2>Fast path</h2>
 * drbdadm makes a dozen calls per verb and gives each 5 seconds, so a JVM per call is too slow:
 * {@link dev.berth.standin.StandinServer}, one per run, answers the shims over a loopback port
 * and reaches each caller's files through {@code /proc/PID/root} and its LVM through
 * {@code nsenter}, so the hosts' mount namespaces need nothing of it.
 */
package dev.berth.standin;
