/**
 * LVM as lvm2 2.03.16 behaves on Debian 12: physical volumes, volume groups with 4 MiB extents,
 * thick LVs placed by the observed "normal" allocation policy, thin pools sized as lvm2 sizes them
 * (data, metadata and the VG's spare), thin volumes, tags and pool zeroing. {@code pvs}, {@code vgs}
 * and {@code lvs} print reports byte for byte in lvm2's JSON and text layouts; every other
 * command prints lvm2's messages and exit codes (5 for a failed command, 3 for a refused command
 * line). A host without device-mapper behaves like the machine the fixtures were captured on
 * ({@code activation = 0}: a warning on every command, {@code X} in lv_attr, no thin pools, no
 * LV devices); a host with it behaves like a storage server.
 *
 * <p>The state lives in the host's "lvm" extension ({@link dev.berth.sim.lvm.LvmState}). Other
 * tools see LVM through the lab's seam: LVs are block devices, PVs carry an LVM2 label, and PVs
 * under active LVs are held open. Not simulated: snapshots, RAID and mirror types, cache pools,
 * {@code --resizefs}, missing PVs.
 */
package dev.berth.sim.lvm;
