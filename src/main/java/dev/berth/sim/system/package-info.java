/**
 * The simulated hosts' system programs: {@code uname}; the file commands Berth's transport and
 * lock use ({@code cat}, {@code ls}, {@code find}, {@code mkdir}, {@code rm}, {@code rmdir},
 * {@code mv}, and {@code sh} for the one atomic-write script); the device probes ({@code lsblk},
 * {@code blkid}, {@code wipefs}); and drbd-utils as it answers on a host without the DRBD module,
 * until part 2's kernel stand-in takes over those programs. Messages and exit codes are those of
 * coreutils, util-linux 2.38 and drbd-utils 9.22 on Debian 12, in the C locale.
 */
package dev.berth.sim.system;
