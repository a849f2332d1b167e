package dev.berth.apply;

import dev.berth.apply.events.ApplyListener;
import dev.berth.discovery.DiscoveryTarget;
import dev.berth.transport.HostConnector;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the engine talks to, all of it passed in so that tests run on the lab in-process: the
 * hosts (connector and discovery targets: the plan names hosts, the stack says how to reach them),
 * time, the environment that secrets are read from, the state folder for journals, who listens
 * to events, and where the plan came from (recorded in the journal for resume and rollback).
 */
public record ApplyEnvironment(HostConnector connector, List<DiscoveryTarget> targets, Sleeper sleeper,
                               Function<String, Optional<String>> environment, Path stateDir, ApplyListener listener,
                               Map<String, String> origin) {
    public ApplyEnvironment {
        targets = List.copyOf(targets);
        origin = Map.copyOf(origin);
    }

    public static Function<String, Optional<String>> systemEnvironment() { return name -> Optional.ofNullable(System.getenv(name)); }

    public ApplyEnvironment withListener(ApplyListener value) {
        return new ApplyEnvironment(connector, targets, sleeper, environment, stateDir, value, origin);
    }
}
