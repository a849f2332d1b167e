package dev.berth.sim;

/**
 * The files a fresh host starts with: drbd-utils' configuration as Debian 12 installs it (a
 * {@code drbd.conf} that includes {@code drbd.d/*.res}; the package's long, all-comment
 * {@code global_common.conf} is shortened to its effective content) and the folders Berth expects
 * to exist. {@code /var/lib/linstor.d} is absent: these hosts run no LINSTOR satellite.
 */
final class InitialFiles {
    static final String DRBD_CONF = "# You can find an example in  /usr/share/doc/drbd.../drbd.conf.example\n\n"
            + "include \"drbd.d/global_common.conf\";\ninclude \"drbd.d/*.res\";\n";
    static final String GLOBAL_COMMON = "global {\n\tusage-count no;\n}\n\ncommon {\n}\n";

    private InitialFiles() {}

    static void write(HostFiles files) {
        try {
            for (String folder : new String[] {"/etc", "/etc/drbd.d", "/var", "/var/lib", "/tmp"}) {
                if (files.kind(folder) == HostFiles.Kind.MISSING) files.makeDirectory(folder);
            }
            files.write("/etc/drbd.conf", DRBD_CONF, 0644);
            files.write("/etc/drbd.d/global_common.conf", GLOBAL_COMMON, 0644);
        } catch (HostFiles.Problem impossible) {
            throw new LabException("cannot lay out a new host's files: " + impossible.getMessage());
        }
    }
}
