package dev.berth.sim.drbd;

import dev.berth.model.CommandResult;
import java.util.Map;

/**
 * How drbdsetup 9.22 reports what the kernel refused (drbdsetup.c {@code check_error}): a
 * configuration error is {@code <object>: Failure: (<code>) <text>} with exit 10, a refused state
 * change {@code <object>: State change failed: (<code>) <text>} with exit 11 (17 for "Need access
 * to UpToDate data"), and the kernel's extra words follow under "additional info from kernel:".
 * Codes and texts are drbd-headers' enum drbd_ret_code / drbd_state_rv and drbdsetup's table.
 */
final class KernelAnswers {
    static final int ERR_OPEN_DISK = 104;
    static final int ERR_DISK_TOO_SMALL = 111;
    static final int ERR_BDCLAIM_DISK = 114;
    static final int ERR_MD_INVALID = 119;
    static final int ERR_DISK_CONFIGURED = 124;
    static final int ERR_NET_CONFIGURED = 125;
    static final int ERR_MINOR_INVALID = 127;
    static final int ERR_RESIZE_RESYNC = 130;
    static final int ERR_NO_DISK = 138;
    static final int ERR_CONNECTED = 151;
    static final int ERR_RES_NOT_KNOWN = 158;
    static final int ERR_RES_IN_USE = 159;
    static final int ERR_MINOR_CONFIGURED = 160;
    static final int ERR_MINOR_OR_VOLUME_EXISTS = 161;
    static final int ERR_INVALID_REQUEST = 162;
    static final int ERR_INVALID_PEER_NODE_ID = 171;
    static final int ERR_LOCAL_AND_PEER_ADDR = 173;
    static final int ERR_IMPLICIT_SHRINK = 170;
    static final int ERR_ALREADY_EXISTS = 174;

    static final int SS_TWO_PRIMARIES = -1;
    static final int SS_NO_UP_TO_DATE_DISK = -2;
    static final int SS_DEVICE_IN_USE = -12;
    static final int SS_NO_QUORUM = -25;

    private static final Map<Integer, String> FAILURES = Map.ofEntries(
            Map.entry(ERR_OPEN_DISK, "Can not open backing device."),
            Map.entry(ERR_DISK_TOO_SMALL, "Low.dev. smaller than requested DRBD-dev. size."),
            Map.entry(ERR_BDCLAIM_DISK, "Lower device is already claimed. This usually means it is mounted."),
            Map.entry(ERR_MD_INVALID, "No valid meta-data signature found.\n\n\t==> Use 'drbdadm create-md res' to initialize meta-data area. <==\n"),
            Map.entry(ERR_DISK_CONFIGURED, "Device is attached to a disk (use detach first)"),
            Map.entry(ERR_NET_CONFIGURED, "Device has a net-config (use disconnect first)"),
            Map.entry(ERR_MINOR_INVALID, "Device minor not allocated"),
            Map.entry(ERR_RESIZE_RESYNC, "Resize not allowed during resync."),
            Map.entry(ERR_NO_DISK, "Device does not have a disk-config"),
            Map.entry(ERR_CONNECTED, "Need to be StandAlone"),
            Map.entry(ERR_RES_NOT_KNOWN, "Unknown resource"),
            Map.entry(ERR_RES_IN_USE, "Resource still in use (delete all minors first)"),
            Map.entry(ERR_MINOR_CONFIGURED, "Minor still configured (down it first)"),
            Map.entry(ERR_MINOR_OR_VOLUME_EXISTS, "Minor or volume exists already (delete it first)"),
            Map.entry(ERR_INVALID_REQUEST, "Invalid configuration request"),
            Map.entry(ERR_IMPLICIT_SHRINK, "Implicit device shrinking not allowed. See kernel log.\n"),
            Map.entry(ERR_INVALID_PEER_NODE_ID, "Invalid peer-node-id\n"),
            Map.entry(ERR_LOCAL_AND_PEER_ADDR, "Combination of local address(port) and remote address(port) already in use\n"),
            Map.entry(ERR_ALREADY_EXISTS, "Already exists\n"));

    private static final Map<Integer, String> STATE_CHANGES = Map.of(
            SS_TWO_PRIMARIES, "Multiple primaries not allowed by config",
            SS_NO_UP_TO_DATE_DISK, "Need access to UpToDate data",
            SS_DEVICE_IN_USE, "Device is held open by someone",
            SS_NO_QUORUM, "No quorum");

    private KernelAnswers() {}

    static CommandResult failure(String object, int code) {
        return CommandResult.failed(10, object + ": Failure: (" + code + ") " + FAILURES.get(code) + "\n");
    }

    /** A failure with the kernel's explanation, which drbdsetup prints after the failure line. */
    static CommandResult failure(String object, int code, String info) {
        return CommandResult.failed(10, object + ": Failure: (" + code + ") " + FAILURES.get(code) + "\n"
                + "additional info from kernel:\n" + info + "\n");
    }

    static CommandResult stateChangeFailed(String object, int code) {
        int exit = code == SS_NO_UP_TO_DATE_DISK ? 17 : 11;
        return CommandResult.failed(exit, object + ": State change failed: (" + code + ") " + STATE_CHANGES.get(code) + "\n");
    }

    /** What drbdsetup says about a command line it cannot use: exit 20, as for its usage errors. */
    static CommandResult usage(String message) {
        return CommandResult.failed(20, message + "\n");
    }
}
