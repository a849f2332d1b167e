package dev.berth.apply;

import dev.berth.discovery.parse.CommandOutput;
import dev.berth.discovery.parse.DrbdsetupStatusParser;
import dev.berth.model.Command;
import dev.berth.model.CommandResult;
import dev.berth.observed.ResourceStatus;
import dev.berth.transport.HostException;

import java.util.List;
import java.util.Optional;

/**
 * One resource's live status on one host, asked just before it matters ({@code drbdsetup status
 * --json RES}): waits poll it, and the safety re-check reads it before an irreversible step. Empty
 * when the resource is not up there (drbdsetup then answers with an error or an empty list).
 */
final class LiveStatus {
    private final HostPool hosts;

    LiveStatus(HostPool hosts) { this.hosts = hosts; }

    Optional<ResourceStatus> of(String node, String resource) throws HostException {
        Command command = Command.of("drbdsetup", "status", "--json", resource);
        CommandResult result = hosts.run(node, command, "");
        if (!result.succeeded()) return Optional.empty();
        List<ResourceStatus> statuses = DrbdsetupStatusParser.parse(new CommandOutput(node, command, result)).value().orElse(List.of());
        return statuses.stream().filter(s -> s.name().equals(resource)).findFirst();
    }
}
