package dev.berth.drift;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What one host's state file says was applied last, read from {@code /var/lib/berth/state.json}. */
public record HostApply(String node, Status status, Optional<String> planId, Optional<String> specDigest, Optional<Instant> time,
                        Optional<String> commit) {
    public enum Status {
        /** The last apply there was of the stack as it is now. */
        CURRENT("current"),
        /** The last apply there was of an earlier version of the stack. */
        OLDER("older"),
        /** No state file: Berth never applied anything there. */
        NEVER_APPLIED("never-applied"),
        /** The host did not answer; its state file is unknown. */
        UNREACHABLE("unreachable");

        private final String spelling;

        Status(String spelling) { this.spelling = spelling; }

        public String spelling() { return spelling; }
    }

    public HostApply {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(specDigest, "specDigest");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(commit, "commit");
    }

    public boolean applied() { return status == Status.CURRENT || status == Status.OLDER; }
}
