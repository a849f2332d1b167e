package dev.berth.drift;

import dev.berth.journal.HostStateRecord;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hosts' state files, read once: which plan (and stack digest) each host applied last, and
 * from that where a difference stands. A difference on one host takes that host's record; one
 * on the whole resource (or on a host that did not answer) takes the cluster's: never applied
 * when no host records an apply, since the last apply when every record is of the current stack.
 */
final class AppliedStates {
    private final List<HostApply> hosts;

    private AppliedStates(List<HostApply> hosts) { this.hosts = List.copyOf(hosts); }

    static AppliedStates read(ObservedCluster observed, String specDigest) {
        List<HostApply> hosts = new ArrayList<>();
        for (ObservedHost host : observed.hosts().values()) {
            if (host.reachable().isEmpty()) {
                hosts.add(new HostApply(host.node(), HostApply.Status.UNREACHABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
                continue;
            }
            Optional<HostStateRecord> record = host.reachable().get().inventory().files().stateFile().value().flatMap(text -> text)
                    .flatMap(HostStateRecord::parse);
            if (record.isEmpty()) {
                hosts.add(new HostApply(host.node(), HostApply.Status.NEVER_APPLIED, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
                continue;
            }
            HostStateRecord state = record.get();
            hosts.add(new HostApply(host.node(), state.specDigest().equals(specDigest) ? HostApply.Status.CURRENT : HostApply.Status.OLDER,
                    Optional.of(state.planId()), Optional.of(state.specDigest()), Optional.of(state.time()), state.commit()));
        }
        return new AppliedStates(hosts);
    }

    List<HostApply> hosts() { return hosts; }

    Origin originOf(Optional<String> node) {
        Optional<HostApply> host = node.flatMap(n -> hosts.stream().filter(h -> h.node().equals(n)).findFirst());
        if (host.isPresent() && host.get().status() != HostApply.Status.UNREACHABLE) return originOf(host.get().status());
        List<HostApply> applied = hosts.stream().filter(HostApply::applied).toList();
        if (applied.isEmpty()) return Origin.NEVER_APPLIED;
        return applied.stream().allMatch(h -> h.status() == HostApply.Status.CURRENT) ? Origin.SINCE_LAST_APPLY : Origin.STACK_CHANGED;
    }

    private static Origin originOf(HostApply.Status status) {
        if (status == HostApply.Status.CURRENT) return Origin.SINCE_LAST_APPLY;
        return status == HostApply.Status.OLDER ? Origin.STACK_CHANGED : Origin.NEVER_APPLIED;
    }
}
