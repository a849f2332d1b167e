package dev.berth.drbd;

import java.util.List;
import java.util.Optional;

/**
 * show_net_options_ctx of drbd-utils 9.22: {@code transport}, the changeable net options and the
 * {@code _name} drbdadm gives every connection, in config_flags.c's order. Kept apart from
 * {@link OptionCatalogue} only because the list is long.
 */
final class NetOptions {
    private NetOptions() {}

    static final List<DrbdOption> ALL = List.of(
            DrbdOption.text("transport"),
            new DrbdOption("protocol", DrbdOption.Kind.ENUM_NOCASE, "C", '1', Optional.empty(), List.of("A", "B", "C")),
            DrbdOption.numeric("timeout", 60, '1', "1/10 seconds"),
            DrbdOption.numeric("max-epoch-size", 2048, '1', null),
            DrbdOption.numeric("connect-int", 10, '1', "seconds"),
            DrbdOption.numeric("ping-int", 10, '1', "seconds"),
            DrbdOption.numeric("sndbuf-size", 0, '1', "bytes"),
            DrbdOption.numeric("rcvbuf-size", 0, '1', "bytes"),
            DrbdOption.numeric("ko-count", 7, '1', null),
            DrbdOption.bool("allow-two-primaries", false),
            DrbdOption.text("cram-hmac-alg"),
            DrbdOption.text("shared-secret"),
            DrbdOption.choice("after-sb-0pri", "disconnect", "disconnect", "discard-younger-primary", "discard-older-primary",
                    "discard-zero-changes", "discard-least-changes", "discard-local", "discard-remote"),
            DrbdOption.choice("after-sb-1pri", "disconnect", "disconnect", "consensus", "violently-as0p", "discard-secondary",
                    "call-pri-lost-after-sb"),
            DrbdOption.choice("after-sb-2pri", "disconnect", "disconnect", "violently-as0p", "call-pri-lost-after-sb"),
            DrbdOption.bool("always-asbp", false),
            DrbdOption.choice("rr-conflict", "disconnect", "disconnect", "violently", "call-pri-lost", "retry-connect", "auto-discard"),
            DrbdOption.numeric("ping-timeout", 5, '1', "1/10 seconds"),
            DrbdOption.text("data-integrity-alg"),
            DrbdOption.bool("tcp-cork", true),
            DrbdOption.choice("on-congestion", "block", "block", "pull-ahead", "disconnect"),
            DrbdOption.numeric("congestion-fill", 0, 's', "bytes"),
            DrbdOption.numeric("congestion-extents", 1237, '1', null),
            DrbdOption.text("csums-alg"),
            DrbdOption.bool("csums-after-crash-only", false),
            DrbdOption.text("verify-alg"),
            DrbdOption.bool("use-rle", true),
            DrbdOption.numeric("socket-check-timeout", 0, '1', null),
            DrbdOption.choice("fencing", "dont-care", "dont-care", "resource-only", "resource-and-stonith"),
            DrbdOption.numeric("max-buffers", 2048, '1', null),
            DrbdOption.bool("allow-remote-read", true),
            DrbdOption.text("_name"));
}
