package dev.berth.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Octal modes ({@code 0600}) on the mirrored files, so a host's file keeps the mode Berth asked for. */
final class FileModes {
    private FileModes() {}

    static void set(Path file, int requested) {
        // the lab process must keep reading its own mirror, whatever mode the host asked for
        int mode = requested | 0600;
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) if ((mode & (1 << bit)) != 0) permissions.add(order[bit]);
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // a lab on a non-POSIX file system keeps contents but not modes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
