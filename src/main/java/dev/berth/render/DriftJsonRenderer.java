package dev.berth.render;

import dev.berth.drift.DriftItem;
import dev.berth.drift.DriftKind;
import dev.berth.drift.DriftReport;
import dev.berth.drift.HostApply;
import dev.berth.drift.IgnoredDrift;
import dev.berth.plan.Unmanaged;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code berth drift --format json}, described by {@code schemas/drift.schema.json}: the same
 * data the text view prints, with keys in a fixed order and no timestamp but the hosts' own.
 */
public final class DriftJsonRenderer {
    public static final int FORMAT_VERSION = 1;

    private DriftJsonRenderer() {}

    public static String render(DriftReport report) {
        ObjectNode root = JsonSupport.object();
        root.put("format_version", FORMAT_VERSION).put("stack", report.stack()).put("spec_digest", report.specDigest())
                .put("drift_found", report.hasDrift());
        ObjectNode summary = root.putObject("summary");
        summary.put("drifted", report.drift().size());
        for (DriftKind kind : DriftKind.values()) summary.put(kind.spelling(), report.count(kind));
        summary.put("ignored", report.ignored().size()).put("unmanaged", report.unmanaged().size());
        ArrayNode hosts = root.putArray("hosts");
        for (HostApply host : report.hosts()) {
            ObjectNode node = hosts.addObject().put("node", host.node()).put("last_apply", host.status().spelling());
            host.planId().ifPresent(id -> node.put("plan_id", id));
            host.specDigest().ifPresent(digest -> node.put("spec_digest", digest));
            host.commit().ifPresent(commit -> node.put("commit", commit));
            host.time().ifPresent(time -> node.put("time", time.toString()));
        }
        ArrayNode drift = root.putArray("drift");
        report.drift().forEach(item -> item(drift.addObject(), item));
        ArrayNode ignored = root.putArray("ignored");
        for (IgnoredDrift muted : report.ignored()) {
            item(ignored.addObject(), muted.item()).put("ignored_by", muted.glob()).put("reason", muted.reason());
        }
        ArrayNode unmanaged = root.putArray("unmanaged");
        for (Unmanaged object : report.unmanaged()) {
            unmanaged.addObject().put("node", object.node()).put("kind", object.kind()).put("name", object.name()).put("detail", object.detail());
        }
        ArrayNode checked = root.putArray("checked");
        report.checked().forEach(address -> checked.add(address.toString()));
        return JsonSupport.write(root);
    }

    private static ObjectNode item(ObjectNode node, DriftItem item) {
        node.put("kind", item.kind().spelling()).put("address", item.address().toString());
        item.host().ifPresent(host -> node.put("host", host));
        return node.put("field", item.field()).put("expected", item.expected()).put("actual", item.actual()).put("action", item.action())
                .put("origin", item.origin().spelling());
    }
}
