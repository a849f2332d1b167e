package dev.berth.sim.drbd;

import dev.berth.drbd.OptionCatalogue;
import java.util.Map;

/**
 * The start of {@code drbdadm dump all} (drbdadm_dump.c print_dump_header): the global section
 * when anything in it differs from the defaults, and the common section whenever one exists,
 * with the same padding as the resources' options.
 */
final class DrbdadmHeader {
    private DrbdadmHeader() {}

    static String global(DrbdConfig config) {
        Map<String, String> global = config.global;
        StringBuilder out = new StringBuilder();
        if (global.containsKey("disable-ip-verification")) out.append("    disable-ip-verification;\n");
        if (global.containsKey("minor-count")) out.append("    minor-count ").append(global.get("minor-count")).append(";\n");
        if (global.containsKey("dialog-refresh") && !global.get("dialog-refresh").equals("1")) {
            out.append("    dialog-refresh ").append(global.get("dialog-refresh")).append(";\n");
        }
        String usage = global.getOrDefault("usage-count", "ask");
        if (!usage.equals("ask")) out.append("    usage-count ").append(usage).append(";\n");
        return out.length() == 0 ? "" : "global {\n" + out + "}\n\n";
    }

    static String common(DrbdConfig config) {
        if (config.common.isEmpty()) return "";
        StringBuilder out = new StringBuilder("common {\n");
        for (String section : new String[] {"options", "net", "disk", "startup", "handlers"}) {
            Map<String, String> options = config.common.get().get(section);
            if (options == null || options.isEmpty()) continue;
            out.append("    ").append(section).append(" {\n");
            if (section.equals("disk")) {
                options.forEach((k, v) -> { if (OptionCatalogue.ofDiskSection(k) == OptionCatalogue.DISK) attribute(out, k, v); });
                options.forEach((k, v) -> { if (OptionCatalogue.ofDiskSection(k) == OptionCatalogue.PEER_DEVICE) attribute(out, k, v); });
            } else {
                options.forEach((k, v) -> attribute(out, k, v));
            }
            out.append("    }\n");
        }
        return out.append("}\n\n").toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append("        ").append(String.format("%-16s %3s;\n", name, DrbdadmDump.esc(value)));
    }
}
