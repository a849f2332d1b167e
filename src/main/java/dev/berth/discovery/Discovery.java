package dev.berth.discovery;

import dev.berth.discovery.parse.HostInventoryParser;
import dev.berth.observed.HostErrorKind;
import dev.berth.observed.ObservedCluster;
import dev.berth.observed.ObservedHost;
import dev.berth.observed.UnreachableHost;
import dev.berth.transport.HostConnector;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Discovers every target: one batch per host, all at once, then the pure parsers. */
public final class Discovery {
    private final BatchCollector collector;

    public Discovery(HostConnector connector, int parallelism) {
        this.collector = new BatchCollector(connector, parallelism);
    }

    public ObservedCluster discover(List<DiscoveryTarget> targets) {
        TreeMap<String, ObservedHost> hosts = new TreeMap<>();
        for (ObservedHost host : collector.collect(targets, Discovery::observe)) hosts.put(host.node(), host);
        return new ObservedCluster(hosts);
    }

    static ObservedHost observe(DiscoveryTarget target, HostAnswers answers) {
        if (answers instanceof HostAnswers.Answered answered) {
            return HostInventoryParser.parse(target.node(), Optional.of(target.expectedHostname()), answered.commands(),
                    answered.results());
        }
        HostAnswers.Failed failed = (HostAnswers.Failed) answers;
        return new UnreachableHost(target.node(), HostErrorKind.valueOf(failed.kind().name()), failed.message());
    }
}
