package dev.berth.drbd;

import java.util.List;
import java.util.Optional;

/**
 * The options of each drbdsetup context in drbd-utils 9.22's field order (user/v9/config_flags.c:
 * resource_options_ctx, show_net_options_ctx, attach_cmd_ctx, peer_device_options_ctx). The order
 * matters: {@code drbdsetup show} prints options in it, and adjust compares per context.
 */
public enum OptionCatalogue {
    RESOURCE(List.of(
            DrbdOption.text("cpu-mask"),
            DrbdOption.choice("on-no-data-accessible", "io-error", "io-error", "suspend-io"),
            DrbdOption.bool("auto-promote", true),
            DrbdOption.numeric("peer-ack-window", 4096, 's', "bytes"),
            DrbdOption.numeric("peer-ack-delay", 100, '1', "milliseconds"),
            DrbdOption.numeric("twopc-timeout", 300, '1', "1/10 seconds"),
            DrbdOption.numeric("twopc-retry-timeout", 1, '1', "1/10 seconds"),
            DrbdOption.numeric("auto-promote-timeout", 20, '1', "1/10 seconds"),
            DrbdOption.numeric("max-io-depth", 8000, '1', null),
            new DrbdOption("quorum", DrbdOption.Kind.ENUM_NUMBER, "off", '1', Optional.empty(), List.of("off", "majority", "all")),
            DrbdOption.choice("on-no-quorum", "suspend-io", "io-error", "suspend-io"),
            new DrbdOption("quorum-minimum-redundancy", DrbdOption.Kind.ENUM_NUMBER, "off", '1', Optional.empty(),
                    List.of("off", "majority", "all")),
            DrbdOption.choice("on-suspended-primary-outdated", "disconnect", "disconnect", "force-secondary"))),
    NET(NetOptions.ALL),
    /** attach_cmd_ctx: {@code size} first, then the changeable disk options. */
    DISK(List.of(
            DrbdOption.numeric("size", 0, 's', "bytes"),
            DrbdOption.choice("on-io-error", "detach", "pass_on", "call-local-io-error", "detach"),
            DrbdOption.bool("disk-barrier", false),
            DrbdOption.bool("disk-flushes", true),
            DrbdOption.bool("disk-drain", true),
            DrbdOption.bool("md-flushes", true),
            new DrbdOption("resync-after", DrbdOption.Kind.SIGNED_NUMERIC, "-1", '1', Optional.empty(), List.of()),
            DrbdOption.numeric("al-extents", 1237, '1', null),
            DrbdOption.bool("al-updates", true),
            DrbdOption.bool("discard-zeroes-if-aligned", true),
            DrbdOption.bool("disable-write-same", false),
            DrbdOption.numeric("disk-timeout", 0, '1', "1/10 seconds"),
            DrbdOption.choice("read-balancing", "prefer-local", "prefer-local", "prefer-remote", "round-robin", "least-pending",
                    "when-congested-remote", "32K-striping", "64K-striping", "128K-striping", "256K-striping",
                    "512K-striping", "1M-striping"),
            DrbdOption.numeric("rs-discard-granularity", 0, '1', "bytes"))),
    PEER_DEVICE(List.of(
            DrbdOption.numeric("resync-rate", 250, 'k', "bytes/second"),
            DrbdOption.numeric("c-plan-ahead", 20, '1', "1/10 seconds"),
            DrbdOption.numeric("c-delay-target", 10, '1', "1/10 seconds"),
            DrbdOption.numeric("c-fill-target", 100, 's', "bytes"),
            DrbdOption.numeric("c-max-rate", 102400, 'k', "bytes/second"),
            DrbdOption.numeric("c-min-rate", 250, 'k', "bytes/second"),
            DrbdOption.bool("bitmap", true)));

    private final List<DrbdOption> options;

    OptionCatalogue(List<DrbdOption> options) {
        this.options = options;
    }

    /** In field order. */
    public List<DrbdOption> options() { return options; }

    public Optional<DrbdOption> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The context a resource-file option of {@code disk { }} belongs to: peer-device options move to their own. */
    public static OptionCatalogue ofDiskSection(String name) {
        return PEER_DEVICE.option(name).isPresent() ? PEER_DEVICE : DISK;
    }
}
