package dev.berth.drbd;

import static dev.berth.drbd.DrbdOption.bool;
import static dev.berth.drbd.DrbdOption.choice;
import static dev.berth.drbd.DrbdOption.numeric;
import static dev.berth.drbd.DrbdOption.text;

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
            text("transport"),
            new DrbdOption("protocol", DrbdOption.Kind.ENUM_NOCASE, "C", '1', Optional.empty(), List.of("A", "B", "C")),
            numeric("timeout", 60, '1', "1/10 seconds"),
            numeric("max-epoch-size", 2048, '1', null),
            numeric("connect-int", 10, '1', "seconds"),
            numeric("ping-int", 10, '1', "seconds"),
            numeric("sndbuf-size", 0, '1', "bytes"),
            numeric("rcvbuf-size", 0, '1', "bytes"),
            numeric("ko-count", 7, '1', null),
            bool("allow-two-primaries", false),
            text("cram-hmac-alg"),
            text("shared-secret"),
            choice("after-sb-0pri", "disconnect", "disconnect", "discard-younger-primary", "discard-older-primary",
                    "discard-zero-changes", "discard-least-changes", "discard-local", "discard-remote"),
            choice("after-sb-1pri", "disconnect", "disconnect", "consensus", "violently-as0p", "discard-secondary",
                    "call-pri-lost-after-sb"),
            choice("after-sb-2pri", "disconnect", "disconnect", "violently-as0p", "call-pri-lost-after-sb"),
            bool("always-asbp", false),
            choice("rr-conflict", "disconnect", "disconnect", "violently", "call-pri-lost", "retry-connect", "auto-discard"),
            numeric("ping-timeout", 5, '1', "1/10 seconds"),
            text("data-integrity-alg"),
            bool("tcp-cork", true),
            choice("on-congestion", "block", "block", "pull-ahead", "disconnect"),
            numeric("congestion-fill", 0, 's', "bytes"),
            numeric("congestion-extents", 1237, '1', null),
            text("csums-alg"),
            bool("csums-after-crash-only", false),
            text("verify-alg"),
            bool("use-rle", true),
            numeric("socket-check-timeout", 0, '1', null),
            choice("fencing", "dont-care", "dont-care", "resource-only", "resource-and-stonith"),
            numeric("max-buffers", 2048, '1', null),
            bool("allow-remote-read", true),
            text("_name"));
}
