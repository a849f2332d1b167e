package dev.berth.drbd;

import java.util.List;

/** Reads {@code [ipv4|ipv6] <address>:<port>} into an {@link Endpoint}. */
final class AddressReader {
    private AddressReader() {}

    static Endpoint read(ConfigNode where, String hostname, List<ConfigNode.Word> words) throws ConfigFailure {
        if (words.isEmpty() || words.size() > 2) throw ConfigFailure.at(where, "expected 'address [ipv4|ipv6] <ip>:<port>'");
        Endpoint.Family family = Endpoint.Family.IPV4;
        if (words.size() == 2) {
            switch (words.get(0).text()) {
                case "ipv4": family = Endpoint.Family.IPV4; break;
                case "ipv6": family = Endpoint.Family.IPV6; break;
                default: throw ConfigFailure.at(words.get(0), "address family '" + words.get(0).text() + "' is not supported (ipv4 or ipv6)");
            }
        }
        ConfigNode.Word value = words.get(words.size() - 1);
        String text = value.text();
        int colon = text.lastIndexOf(':');
        if (colon < 0) throw ConfigFailure.at(value, "expected <ip>:<port>, found '" + text + "'");
        String ip = text.substring(0, colon);
        if (family == Endpoint.Family.IPV6) {
            if (!ip.startsWith("[") || !ip.endsWith("]")) throw ConfigFailure.at(value, "an IPv6 address is written [addr]:port");
            ip = ip.substring(1, ip.length() - 1);
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            return new Endpoint(hostname, family, ip, port);
        } catch (IllegalArgumentException invalid) {
            throw ConfigFailure.at(value, "bad address '" + text + "': " + invalid.getMessage());
        }
    }
}
