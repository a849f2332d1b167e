package dev.berth.sim.drbd;

import dev.berth.drbd.OptionCatalogue;
import dev.berth.model.CommandResult;
import dev.berth.sim.SimHost;
import java.util.Optional;
import java.util.Set;

/**
 * drbdsetup's resource verbs: {@code new-resource} (an existing one is left alone, as the kernel
 * does), {@code resource-options}, {@code del-resource} (only when empty), {@code down} (an
 * unknown resource is fine: missing_ok) and the role changes, which {@link Roles} decides.
 */
final class ResourceVerbs {
    private ResourceVerbs() {}

    static CommandResult run(SimHost host, String verb, SetupArguments args) {
        DrbdState state = DrbdTool.state(host);
        String name = args.positional(0);
        if (name.isEmpty()) return KernelAnswers.usage("USAGE: drbdsetup " + verb + " {resource} ...");
        Optional<ResourceState> existing = state.resource(name);
        CommandResult result;
        switch (verb) {
            case "new-resource":
                result = newResource(state, existing, name, args);
                break;
            case "resource-options":
                if (existing.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
                result = OptionValues.apply(verb, OptionCatalogue.RESOURCE, args, existing.get().options, Set.of())
                        .orElse(CommandResult.ok(""));
                break;
            case "del-resource":
                if (existing.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
                if (!existing.get().volumes.isEmpty() || !existing.get().connections.isEmpty()) {
                    return KernelAnswers.failure(name, KernelAnswers.ERR_RES_IN_USE);
                }
                state.resources.remove(name);
                result = CommandResult.ok("");
                break;
            case "down":
                if (name.equals("all")) {
                    for (String each : java.util.List.copyOf(state.resources.keySet())) down(host, state, each);
                    return CommandResult.ok("");
                }
                if (existing.isPresent()) down(host, state, name);
                return CommandResult.ok("");
            default:
                if (existing.isEmpty()) return KernelAnswers.failure(name, KernelAnswers.ERR_RES_NOT_KNOWN);
                Settle.resource(host.lab(), name);
                result = verb.equals("primary") ? Roles.promote(host, existing.get(), args.flag("force")) : Roles.demote(host, existing.get());
        }
        if (result.succeeded()) Settle.resource(host.lab(), name);
        return result;
    }

    private static CommandResult newResource(DrbdState state, Optional<ResourceState> existing, String name, SetupArguments args) {
        if (existing.isPresent()) return CommandResult.ok("");
        Optional<Integer> nodeId = args.number(1);
        if (nodeId.isEmpty()) return KernelAnswers.usage("USAGE: drbdsetup new-resource {resource} {node_id} [options]");
        if (nodeId.get() < 0 || nodeId.get() > 31) return KernelAnswers.failure(name, KernelAnswers.ERR_INVALID_REQUEST);
        ResourceState resource = new ResourceState();
        resource.name = name;
        resource.nodeId = nodeId.get();
        Optional<CommandResult> refused = OptionValues.apply("new-resource", OptionCatalogue.RESOURCE, args, resource.options, Set.of());
        if (refused.isPresent()) return refused.get();
        state.resources.put(name, resource);
        return CommandResult.ok("");
    }

    /** The kernel forgets the resource; metadata keeps what it learned (node-id, peers, generations). */
    private static void down(SimHost host, DrbdState state, String name) {
        ResourceState resource = state.resources.remove(name);
        for (VolumeState volume : resource.volumes) {
            state.metadataOf(volume).ifPresent(md -> {
                md.primary = false;
                md.peers.values().forEach(slot -> slot.connected = false);
            });
        }
        Settle.resource(host.lab(), name);
    }
}
