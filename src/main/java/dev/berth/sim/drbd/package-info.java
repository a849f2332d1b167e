/**
 * DRBD 9 on simulated hosts: drbd-utils 9.22 ({@code drbdadm}, {@code drbdsetup}, {@code drbdmeta})
 * over a stand-in for the 9.2 kernel module, faithful enough that plans can be run and checked.
 *
 * <h2>The story of a command</h2>
 * {@link dev.berth.sim.drbd.DrbdTool} plugs into the lab's seam after the "no module" tool and
 * answers like it on hosts whose versions have no module. {@code drbdadm} reads
 * {@code /etc/drbd.conf} and its includes like drbdadm ({@code DrbdConfig}), picks the {@code on}
 * section by {@code uname -n}, expands the verb with the drbd model ({@code DrbdadmExpander}; for
 * {@code adjust}, {@code AdjustPlanner} against the simulated kernel's running config) and runs
 * the resulting drbdsetup/drbdmeta lines as nested commands of the same host, so they appear in
 * the history and planted faults hit them; {@code -d} prints them, {@code dump} prints the
 * configuration. {@code drbdsetup} changes the kernel state ({@code ResourceState} and friends in
 * the host's "drbd" extension) and then settles the resource; {@code drbdmeta} works on the
 * on-disk metadata ({@code MetadataState}), kept per backing device identity, never per path.
 *
 * <h2>Settling: what DRBD would show now</h2>
 * Hosts do not notify each other. Every configuration change and every read settles the resource
 * across all hosts that run it ({@code Settle}): links come up when both ends are up, configured
 * for each other, asked to connect, with mirrored paths and the same secret; a new link
 * handshakes ({@code Handshake}, {@code Generations}: equal generations need no resync, a newer
 * one becomes SyncSource, fresh metadata takes a full sync, diverged ones are a split brain and
 * drop to StandAlone); a lost link goes back to Connecting. Resyncs are records on both ends whose
 * progress is computed from the lab clock at the lab's sync rate ({@code LabOptions.syncRate}),
 * so a status read after {@code clock.advance} shows movement and nothing moves in between.
 * Quorum follows drbd_state.c's calc_quorum (voters from metadata and connections, outdated peers,
 * the diskless tiebreaker); a Primary without quorum suspends I/O with on-no-quorum suspend-io.
 * Application writes are {@link dev.berth.sim.drbd.DrbdWrites}: they create new generations, fill
 * bitmaps for absent peers and outdate secondaries that a receiving peer can still reach.
 *
 * <h2>Formats</h2>
 * drbd-utils 9.22's, checked against the installed tool and its fixtures: {@code drbdadm -d} and
 * {@code drbdadm dump} byte for byte against the captured fixtures; {@code drbdsetup show} text by
 * the real drbdadm itself ({@code FAKE_DRBDSETUP_SHOW}), whose adjust plan must equal the lab's;
 * {@code status --json}, {@code show --json}, {@code events2 --now} and the status text follow
 * drbdsetup.c's printf formats of 9.22 (no "open", "tls" or "paths" in status, 9.22's show path
 * form), and discovery's parsers read them all. Kernel refusals use drbdsetup's "Failure: (code)"
 * and "State change failed" lines and exit codes; drbdadm reports a failed line with exit code 10
 * or more as "Command '...' terminated with exit code N", as it does, and passes lower codes on
 * silently (a planted lab fault exits 1).
 *
 * <h2>Not simulated</h2>
 * No data and no I/O: a device has a size and out-of-sync counts, not blocks (dump-md prints no
 * bitmap); only v09 internal metadata; one path per connection is what Berth writes (more are
 * kept but not chosen between); no proxy, no TLS, no RDMA, no stacked resources, no handlers, no
 * fencing, no verify, no pause-sync, no suspend-io by the user, no two-primaries I/O; a resync
 * runs at the lab rate, not by c-max-rate, and from one source at a time; the resync of a grown
 * area comes from the node that runs resize or its lower-node-id peer; quorum-minimum-redundancy
 * is ignored; a host that comes back from {@code down} keeps its kernel state (a network
 * partition, not a reboot); {@code events2} prints the initial state only; IP verification is
 * skipped (Berth's files put addresses in connections, where drbdadm does not verify them either).
 * A verb or form the lab does not know exits 127 and says so.
 */
package dev.berth.sim.drbd;
