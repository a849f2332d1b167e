package dev.berth.sim.lvm;

import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import dev.berth.sim.ToolVersions;

/**
 * {@code lvm version}: the banner of fixtures/lvm. With device-mapper it adds the kernel driver's
 * version (lvm2 prints "Driver version" when it can ask the kernel); without, libdevmapper's
 * complaints go to stderr and the command still succeeds.
 */
final class LvmVersion {
    static final String CONFIGURATION = "./configure --build=x86_64-linux-gnu --prefix=/usr --includedir=${prefix}/include "
            + "--mandir=${prefix}/share/man --infodir=${prefix}/share/info --sysconfdir=/etc --localstatedir=/var "
            + "--disable-option-checking --disable-silent-rules --libdir=${prefix}/lib/x86_64-linux-gnu --runstatedir=/run "
            + "--disable-maintainer-mode --disable-dependency-tracking --libdir=/lib/x86_64-linux-gnu --sbindir=/sbin "
            + "--with-usrlibdir=/usr/lib/x86_64-linux-gnu --with-optimisation=-O2 --with-cache=internal --with-device-uid=0 "
            + "--with-device-gid=6 --with-device-mode=0660 --with-default-pid-dir=/run --with-default-run-dir=/run/lvm "
            + "--with-default-locking-dir=/run/lock/lvm --with-thin=internal --with-thin-check=/usr/sbin/thin_check "
            + "--with-thin-dump=/usr/sbin/thin_dump --with-thin-repair=/usr/sbin/thin_repair --with-udev-prefix=/ --enable-applib "
            + "--enable-blkid_wiping --enable-cmdlib --enable-dmeventd --enable-editline --enable-lvmlockd-dlm "
            + "--enable-lvmlockd-sanlock --enable-lvmpolld --enable-notify-dbus --enable-pkgconfig --enable-udev_rules "
            + "--enable-udev_sync --disable-readline";

    private LvmVersion() {}

    static CommandResult answer(SimHost host) {
        ToolVersions versions = host.versions();
        StringBuilder out = new StringBuilder();
        out.append("  LVM version:     ").append(versions.lvm()).append('\n');
        out.append("  Library version: ").append(versions.lvmLibrary()).append('\n');
        if (host.deviceMapper()) out.append("  Driver version:  ").append(versions.lvmDriver()).append('\n');
        out.append("  Configuration:   ").append(CONFIGURATION).append('\n');
        String library = versions.lvmLibrary();
        String err = host.deviceMapper() ? "" : "/dev/mapper/control: open failed: No such device\n"
                + "Failure to communicate with kernel device-mapper driver.\n"
                + "Check that device-mapper is available in the kernel.\n"
                + "Incompatible libdevmapper " + library + " and kernel driver (unknown version).\n";
        return new CommandResult(0, out.toString(), err);
    }
}
