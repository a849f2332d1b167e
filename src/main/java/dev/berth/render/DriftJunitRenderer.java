package dev.berth.render;

import dev.berth.drift.DriftItem;
import dev.berth.drift.DriftReport;
import dev.berth.drift.HostApply;
import dev.berth.drift.IgnoredDrift;
import dev.berth.model.Address;
import dev.berth.plan.Unmanaged;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code berth drift --format junit}: JUnit XML as CI test viewers read it (Jenkins, GitLab,
 * GitHub test-report actions). One testsuite for the stack; one testcase per checked address
 * (each node's testcase is its reachability); a {@code <failure>} on each drifted address
 * carrying every difference there; an address whose only differences are muted is
 * {@code <skipped>} with the reasons, so muting stays visible. No timestamps: the same drift
 * gives the same bytes. Text is escaped by hand, and characters XML 1.0 forbids are dropped.
 */
public final class DriftJunitRenderer {
    private final StringBuilder out = new StringBuilder();

    private DriftJunitRenderer() {}

    public static String render(DriftReport report) {
        DriftJunitRenderer renderer = new DriftJunitRenderer();
        List<Address> checked = report.checked();
        // grouped once: a large cluster has tens of thousands of checked addresses
        Map<Address, List<DriftItem>> drift = report.drift().stream().collect(Collectors.groupingBy(DriftItem::address));
        Map<Address, List<IgnoredDrift>> ignored = report.ignored().stream().collect(Collectors.groupingBy(i -> i.item().address()));
        long failures = checked.stream().filter(drift::containsKey).count();
        long skipped = checked.stream().filter(a -> !drift.containsKey(a) && ignored.containsKey(a)).count();
        String counts = " tests=\"" + checked.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\"";
        StringBuilder out = renderer.out;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"berth drift\"").append(counts).append(">\n");
        out.append("  <testsuite name=\"").append(attribute(report.stack())).append('"').append(counts).append(">\n");
        renderer.properties(report);
        for (Address address : checked) {
            renderer.testcase(report.stack(), address, drift.getOrDefault(address, List.of()), ignored.getOrDefault(address, List.of()));
        }
        renderer.unmanaged(report.unmanaged());
        out.append("  </testsuite>\n</testsuites>\n");
        return out.toString();
    }

    private void properties(DriftReport report) {
        out.append("    <properties>\n");
        property("spec_digest", report.specDigest());
        for (HostApply host : report.hosts()) property("last_apply." + host.node(), DriftTextRenderer.lastApply(host));
        property("summary", report.summary());
        out.append("    </properties>\n");
    }

    private void property(String name, String value) {
        out.append("      <property name=\"").append(attribute(name)).append("\" value=\"").append(attribute(value)).append("\"/>\n");
    }

    private void testcase(String stack, Address address, List<DriftItem> drift, List<IgnoredDrift> ignored) {
        String classname = stack + "." + address.kind().prefix();
        out.append("    <testcase classname=\"").append(attribute(classname)).append("\" name=\"").append(attribute(address.toString()))
                .append('"');
        if (drift.isEmpty() && ignored.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        if (!drift.isEmpty()) {
            String message = drift.stream().map(i -> i.kind().spelling() + " " + i.field()).distinct().collect(Collectors.joining(", "));
            String kinds = drift.stream().map(i -> i.kind().spelling()).distinct().collect(Collectors.joining(","));
            out.append("      <failure message=\"").append(attribute(message)).append("\" type=\"").append(attribute(kinds)).append("\">");
            StringBuilder body = new StringBuilder();
            for (DriftItem item : drift) {
                body.append(item.kind().spelling()).append(' ').append(item.field()).append(item.host().map(h -> " on " + h).orElse(""))
                        .append(" (").append(item.origin().heading()).append(")\n  expected: ").append(item.expected())
                        .append("\n  actual:   ").append(item.actual()).append("\n  action:   ").append(item.action()).append('\n');
            }
            ignored.forEach(muted -> body.append(ignoredLine(muted)).append('\n'));
            out.append(text(body.toString())).append("</failure>\n");
        } else {
            String message = ignored.stream().map(DriftJunitRenderer::ignoredLine).collect(Collectors.joining("; "));
            out.append("      <skipped message=\"").append(attribute(message)).append("\"/>\n");
        }
        out.append("    </testcase>\n");
    }

    private static String ignoredLine(IgnoredDrift muted) {
        return "ignored " + muted.item().field() + " (" + muted.item().actual() + ", expected " + muted.item().expected() + "): "
                + muted.reason();
    }

    private void unmanaged(List<Unmanaged> unmanaged) {
        if (unmanaged.isEmpty()) return;
        StringBuilder body = new StringBuilder("Unmanaged (no Berth marker; for information, never drift):\n");
        unmanaged.forEach(u -> body.append(u.node()).append("  ").append(u.kind()).append("  ").append(u.name()).append("  (")
                .append(u.detail()).append(")\n"));
        out.append("    <system-out>").append(text(body.toString())).append("</system-out>\n");
    }

    /** Element text: the three characters XML reserves there, and nothing XML 1.0 forbids. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> {
                    if (allowed(c)) escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }

    /** Attribute values: quotes too, and line breaks as references, since a parser turns a raw one into a space. */
    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("'", "&apos;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
