package dev.berth.sim.drbd;

/**
 * {@code /proc/drbd} of a DRBD 9.2 module (drbd_proc.c drbd_seq_show, drbd_transport.c): the
 * version with API and protocol range, the build tag, and the loaded transports. DRBD 9 shows no
 * per-device lines there. The GIT hash is the drbd-9.2.5 tag's commit; the build line is made up
 * in the format the module's Kbuild writes (no captured file exists on this machine).
 */
final class ProcDrbd {
    private ProcDrbd() {}

    static String text(String version, String hostname) {
        String hash = version.equals("9.2.5") ? "b44520271e63d4b6f359a6642eb4d475b7cc04e0" : "0000000000000000000000000000000000000000";
        return "version: " + version + " (api:2/proto:86-122)\n"
                + "GIT-hash: " + hash + " build by root@" + hostname + ", 2023-08-09 10:50:35\n"
                + "Transports (api:18): tcp (" + version + ")\n";
    }
}
