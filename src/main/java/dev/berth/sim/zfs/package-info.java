/**
 * OpenZFS ({@code zfs}, {@code zpool}) on a simulated host: striped pools on the host's disks,
 * file systems and zvols (thick with an automatic refreservation, or sparse with {@code -s}),
 * volblocksize 16K by default (8K before OpenZFS 2.2), user properties such as
 * {@code berth:managed}. No ZFS could be installed on the fixture machine, so the messages come
 * from OpenZFS 2.1.11's sources and the numbers from a documented model ({@link
 * dev.berth.sim.zfs.ZfsSpace}): plausible and consistent, not bit-exact. Zvols are block devices
 * of the lab ({@code /dev/zvol/POOL/NAME}); pool disks carry a {@code zfs_member} label and are
 * held while the pool exists. Not simulated: mirrors and raidz, snapshots, clones, export/import.
 */
package dev.berth.sim.zfs;
