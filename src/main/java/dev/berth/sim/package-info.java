/**
 * The simulated lab: hosts that answer Berth's commands in the real tools' formats, messages and
 * exit codes, so that discovery, the planner and apply run end to end without machines.
 *
 * <h2>Using a lab</h2>
 * {@link dev.berth.sim.SimLab#create} builds a lab in a folder from plain values
 * ({@link dev.berth.sim.LabNode}: name, {@code uname -n}, address, {@link dev.berth.sim.LabDevice}
 * disks) and {@link dev.berth.sim.LabOptions} (latency, timeout, device-mapper or not, tool
 * versions, start time); {@link dev.berth.sim.SimLab#open} opens it again, from this process or
 * another. {@link dev.berth.sim.SimLab#connect} gives a {@link dev.berth.transport.Host} for
 * discovery and apply ({@link dev.berth.sim.LabHost}: one latency per command or batch, in real
 * time and outside the lab's lock; {@code UNREACHABLE} for a host that is {@link
 * dev.berth.sim.SimLab#down}; {@code TIMEOUT} or {@code CONNECTION_LOST} for planted
 * {@link dev.berth.sim.Fault}s); {@link dev.berth.sim.SimLab#host} gives the same host as a
 * {@link dev.berth.transport.CommandRunner}. The {@link dev.berth.sim.LabClock} is virtual: a hung
 * command moves it by the caller's timeout, tests move it with {@code advance}, nothing sleeps.
 * {@link dev.berth.sim.SimLab#history} lists every command received, in order.
 *
 * <h2>The folder</h2>
 * {@code <lab>/.sim/lab.json} (node names, clock, latency, timeout) and, per node,
 * {@code <lab>/<node>/.sim/state.json} (identity, tool versions, disks, faults, the down flag, a
 * uuid counter, and one {@code extensions} subtree per tool), both with a {@code format_version}
 * that is checked on every read. A host's files are real files under {@code <lab>/<node>/}, read
 * on every command, so a hand edit is seen at once. Every command is one transaction under the
 * lab's lock (a JVM lock plus {@code FileChannel.lock} on {@code <lab>/.sim/lock}): load what it
 * touches, run, save what changed; two processes on one lab see each other's work.
 *
 * <h2>The seam: adding a tool (the DRBD kernel, {@code dev.berth.sim.drbd}, is one)</h2>
 * Everything a host runs is a {@link dev.berth.sim.SimTool}: the system programs
 * ({@code dev.berth.sim.system}), LVM ({@code dev.berth.sim.lvm}) and ZFS ({@code dev.berth.sim.zfs})
 * are built on exactly the interface part 2 uses. To add {@code dev.berth.sim.drbd}:
 * <ol>
 *   <li>implement {@link dev.berth.sim.SimTool}, answering {@code drbdadm}, {@code drbdsetup} and
 *       {@code drbdmeta} ({@link dev.berth.sim.SimTool#programs});</li>
 *   <li>register it in {@link dev.berth.sim.StandardTools#registry} after
 *       {@code DrbdWithoutModule}, whose programs it then takes over (the last registration wins;
 *       tests may also use {@link dev.berth.sim.ToolRegistry#with});</li>
 *   <li>keep its state in its own subtree: {@link dev.berth.sim.SimHost#extension}
 *       ({@code host.extension("drbd", DrbdState.class, DrbdState::new)}) returns a typed object,
 *       mapped by Jackson (public fields or records; no {@code isX()} helpers), decoded once per
 *       transaction and saved when it ends; it is only valid inside a command or
 *       {@link dev.berth.sim.SimLab#atomically}.</li>
 * </ol>
 * What the tool gets: {@link dev.berth.sim.SimHost#devices()} finds backing devices under any
 * name ({@code /dev/vg0/r0_00000}, {@code /dev/mapper/vg0-r0_00000}, {@code /dev/zvol/tank/r0_00000})
 * with their size and a stable {@code identity} (so metadata on a volume that was removed and
 * re-created is not mistaken for the old one); {@link dev.berth.sim.SimHost#readFile} and
 * {@link dev.berth.sim.SimHost#files()} read the resource files; {@link dev.berth.sim.SimHost#lab()}
 * reaches the peers ({@link dev.berth.sim.SimLab#hostNamed}, {@link dev.berth.sim.SimLab#hostAt})
 * inside the same transaction, so a connect can change both ends at once;
 * {@link dev.berth.sim.SimHost#clock()} gives the time for resync progress;
 * {@link dev.berth.sim.SimHost#isDown()} tells a dead peer. What the others get from it: its
 * {@link dev.berth.sim.SimTool#blockDevices} ({@code /dev/drbd1000} with its backing device as
 * parent, for lsblk), {@link dev.berth.sim.SimTool#signatures} (DRBD metadata for blkid and
 * wipefs), {@link dev.berth.sim.SimTool#holder} (an attached backing device is busy: lvremove says
 * "in use", lv_attr shows {@code o}, zfs destroy says "dataset is busy"),
 * {@link dev.berth.sim.SimTool#virtualFile} ({@code /proc/drbd}), and it may call
 * {@link dev.berth.sim.Devices#written} so thin volumes and sparse zvols fill up as a resync
 * writes them. A tool may run other programs of the same host through
 * {@link dev.berth.sim.SimHost#run} (drbdadm running drbdsetup and drbdmeta): the nested command
 * joins the transaction, appears in the history and can be hit by a planted fault.
 *
 * <h2>Fidelity</h2>
 * LVM output is checked byte for byte against real lvm2 2.03.16 sessions (fixtures/lvm-scenario
 * and the older LVM fixtures); coreutils, blkid, wipefs and lsblk against captures of util-linux
 * 2.38 and coreutils 9.1; ZFS (not installable on the capture machine) against OpenZFS 2.1.11's
 * messages, with a documented space model. A command or form the lab does not simulate exits 127
 * and says so, rather than pretending.
 */
package dev.berth.sim;
