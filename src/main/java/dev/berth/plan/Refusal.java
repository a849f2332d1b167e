package dev.berth.plan;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.berth.model.Address;

/** A safety rule the plan would break: which, where, why, and what to do about it. */
public record Refusal(Rule rule, Address address, String message, String hint) {
    public enum Rule {
        SHRINK("shrink"), DESTROY_NOT_ALLOWED("destroy-not-allowed"), PREVENT_DESTROY("prevent-destroy"),
        DEVICE_NOT_BLANK("device-not-blank"), DEVICE_MISSING("device-missing"), LAST_UP_TO_DATE("last-up-to-date"), PRIMARY_REPLICA("primary-replica"),
        QUORUM("quorum"), PEER_SLOTS("peer-slots"), RESYNC_RUNNING("resync-running"), FOREIGN_RESOURCE("foreign-resource"),
        HOST_UNREACHABLE("host-unreachable"), PRUNE_NOT_ALLOWED("prune-not-allowed"), CAPABILITY("capability"),
        PLACEMENT("placement"), ALLOCATION("allocation"), POOL_MISSING("pool-missing");

        private final String spelling;

        Rule(String spelling) { this.spelling = spelling; }

        @JsonValue
        public String spelling() { return spelling; }
    }
}
