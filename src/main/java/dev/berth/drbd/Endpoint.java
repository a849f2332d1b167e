package dev.berth.drbd;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One side of a DRBD connection path: the host (its {@code uname -n}), its address and its own
 * port. Ports are per side because LINSTOR-style allocation gives each node its own port pool.
 */
public record Endpoint(String hostname, Family family, String address, int port) {
    /** DRBD's address families that Berth writes; DRBD also knows sdp/ssocks/sci, which Berth never uses. */
    public enum Family {
        IPV4, IPV6;

        public String keyword() { return name().toLowerCase(Locale.ROOT); }
    }

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    // A loose IPv6 check: hex groups and colons (with an optional dotted IPv4 tail); the exact
    // grammar is the kernel's business, ours is to refuse what would break the file's syntax.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    public Endpoint {
        Objects.requireNonNull(family, "family");
        Names.requireHostname(hostname);
        Objects.requireNonNull(address, "address");
        if (family == Family.IPV4 && !IPV4.matcher(address).matches()) {
            throw new IllegalArgumentException("not an IPv4 address: " + address);
        }
        if (family == Family.IPV6 && !IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("not an IPv6 address: " + address);
        }
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range 1..65535: " + port);
    }

    public static Endpoint ipv4(String hostname, String address, int port) {
        return new Endpoint(hostname, Family.IPV4, address, port);
    }

    public static Endpoint ipv6(String hostname, String address, int port) {
        return new Endpoint(hostname, Family.IPV6, address, port);
    }

    /** {@code 10.0.0.1:7000} or {@code [fd00::1]:7000}: how both the resource file and drbdsetup spell it. */
    public String addressAndPort() {
        return (family == Family.IPV6 ? "[" + address + "]" : address) + ":" + port;
    }

    /** The resource-file form after {@code address}: {@code ipv4 10.0.0.1:7000}. */
    public String fileForm() { return family.keyword() + " " + addressAndPort(); }

    /** The drbdsetup {@code new-path} argument form: {@code ipv4:10.0.0.1:7000}. */
    public String drbdsetupForm() { return family.keyword() + ":" + addressAndPort(); }
}
