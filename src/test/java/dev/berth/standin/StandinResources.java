package dev.berth.standin;

import java.util.List;

/** A two-volume resource file in the form Berth writes, on the hosts given, addresses 127.0.1.N. */
final class StandinResources {
    private StandinResources() {}

    static String twoVolumes(List<String> hosts, String netOption) {
        StringBuilder out = new StringBuilder("resource \"r0\" {\n    options {\n        auto-promote no;\n        quorum majority;\n    }\n")
                .append("    net {\n        ").append(netOption).append("\n        protocol C;\n    }\n");
        for (String host : hosts) {
            int id = List.of("alpha", "beta", "gamma").indexOf(host);
            out.append("    on \"").append(host).append("\" {\n");
            for (int volume = 0; volume < 2; volume++) {
                out.append("        volume ").append(volume).append(" {\n            disk /dev/vg0/r0_0000").append(volume)
                        .append(";\n            meta-disk internal;\n            device minor ").append(1000 + volume).append(";\n        }\n");
            }
            out.append("        node-id ").append(id).append(";\n    }\n");
        }
        for (int a = 0; a < hosts.size(); a++) {
            for (int b = a + 1; b < hosts.size(); b++) {
                out.append("    connection {\n        path {\n");
                for (String host : List.of(hosts.get(a), hosts.get(b))) {
                    int id = List.of("alpha", "beta", "gamma").indexOf(host);
                    out.append("            host \"").append(host).append("\" address ipv4 127.0.1.").append(id + 1).append(":7000;\n");
                }
                out.append("        }\n    }\n");
            }
        }
        return out.append("}\n").toString();
    }
}
