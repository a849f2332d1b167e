package dev.berth.plan;

import com.fasterxml.jackson.annotation.JsonValue;

/** What happens to an address, as Terraform's plan JSON spells it. */
public enum Action {
    NO_OP("no-op", " "), CREATE("create", "+"), UPDATE("update", "~"), DELETE("delete", "-");

    private final String spelling;
    private final String symbol;

    Action(String spelling, String symbol) {
        this.spelling = spelling;
        this.symbol = symbol;
    }

    @JsonValue
    public String spelling() { return spelling; }

    public String symbol() { return symbol; }
}
