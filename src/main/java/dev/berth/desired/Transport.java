package dev.berth.desired;

/** How Berth reaches the hosts. */
public enum Transport {
    SSH, LOCAL, SIM;

    public String spelling() { return name().toLowerCase(java.util.Locale.ROOT); }
}
