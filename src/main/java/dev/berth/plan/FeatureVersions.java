package dev.berth.plan;

import dev.berth.plan.OptionVersions.Component;

/**
 * The drbd-utils and DRBD kernel module versions that introduced (or, where named, fixed) the
 * DRBD features a plan's steps use on a host, from the same ChangeLogs as {@link OptionVersions}
 * (the entry quoted in {@code source}). A host below one is refused for the steps that need it.
 */
enum FeatureVersions {
    CONNECTION_PATHS("connection paths with each node's own address and port", Component.UTILS, "8.9.5",
            "8.9.5: \"add support for v9 \\\"path\\\" commands\""),
    STATUS_JSON("waiting on drbdsetup status --json", Component.UTILS, "8.9.8", "8.9.8: \"implemented --json for drbdsetup status\""),
    SKIP_INITIAL_SYNC("skipping the initial sync (new-current-uuid --clear-bitmap)", Component.MODULE, "9.0.3",
            "9.0.3-1: \"restored the new-current-uuid --clear-bitmap functionality to skip the initial resync\""),
    FORCE_RESYNC("starting the initial sync from one replica (new-current-uuid --force-resync)", Component.MODULE, "9.0.21",
            "9.0.21-1: \"new option --force-resync flag can be passed to new-current-uuid\""),
    INTENTIONAL_DISKLESS("a diskless replica (intentionally diskless, new-minor --diskless)", Component.MODULE, "9.0.7",
            "9.0.7-1: \"report back to userspace if a node (or peer) is diskless by intention\""),
    TO_DISKLESS("turning a diskful replica diskless with drbdadm adjust (detach --diskless)", Component.UTILS, "9.5.0",
            "9.5.0: \"drbdadm,v9: adjust now hands over the information that a diskfull->diskless change was intentional\""),
    TO_DISKFUL("turning a diskless replica diskful with drbdadm adjust", Component.UTILS, "9.2.2",
            "9.2.2: \"fix v9 adjust that converts permanent diskless to diskfull\"");

    final String what;
    final Component component;
    final String version;
    final String source;

    FeatureVersions(String what, Component component, String version, String source) {
        this.what = what;
        this.component = component;
        this.version = version;
        this.source = source;
    }
}
