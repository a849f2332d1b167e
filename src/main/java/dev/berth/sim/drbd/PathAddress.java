package dev.berth.sim.drbd;

/**
 * One end of a DRBD path in drbdsetup's form, {@code ipv4:10.0.0.1:7000} or
 * {@code ipv6:[fd00::a]:7010}: the family, the address without brackets and the port. This is how
 * a simulated connection finds its peer host (the lab host that owns the address).
 */
public record PathAddress(String family, String address, int port) {
    public static PathAddress parse(String text) {
        int colon = text.indexOf(':');
        int last = text.lastIndexOf(':');
        if (colon < 0 || last <= colon) throw new IllegalArgumentException("not an address: " + text);
        String address = text.substring(colon + 1, last);
        if (address.startsWith("[") && address.endsWith("]")) address = address.substring(1, address.length() - 1);
        return new PathAddress(text.substring(0, colon), address, Integer.parseInt(text.substring(last + 1)));
    }

    public static boolean valid(String text) {
        try {
            parse(text);
            return true;
        } catch (RuntimeException invalid) {
            return false;
        }
    }

    /** {@code ipv4 10.0.0.1:7000}: the form of drbdsetup show's {@code _this_host} lines. */
    String showForm() {
        return family + " " + (family.equals("ipv6") ? "[" + address + "]" : address) + ":" + port;
    }
}
