package dev.berth.ops;

import dev.berth.drbd.DrbdadmVerb;
import dev.berth.drbd.VerbFlag;
import dev.berth.drbd.VerbRequest;
import dev.berth.model.Address;
import dev.berth.model.Command;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DRBD verbs on one host, each as the drbdadm line an admin would type (facts §4, §5). */
public final class DrbdOperations {
    private DrbdOperations() {}

    /** Metadata with the group's peer slots, on a backing volume this apply created ({@code --force}: stale metadata there is wiped). */
    public record CreateMetadata(String node, String resource, int volume, int maxPeers) implements Operation {
        @Override public Address address() { return Address.volume(resource, volume, node); }

        @Override public String summary() { return "create DRBD metadata (" + maxPeers + " peer slots)"; }

        @Override public List<HostCommand> commands() {
            return List.of(drbdadm(VerbRequest.of(DrbdadmVerb.CREATE_MD, resource).onVolume(volume).withMaxPeers(maxPeers).with(VerbFlag.FORCE)));
        }

        @Override public List<HostCommand> undo() { return List.of(); } // removing the new backing volume removes it

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return status(host, resource).isPresent(); }
    }

    /** {@code drbdadm adjust} on a resource the kernel does not run yet: the same as up. */
    public record BringUp(String node, String resource) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "bring up"; }

        @Override public List<HostCommand> commands() { return List.of(drbdadm(VerbRequest.of(DrbdadmVerb.ADJUST, resource))); }

        @Override public List<HostCommand> undo() { return List.of(drbdadm(VerbRequest.of(DrbdadmVerb.DOWN, resource))); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return status(host, resource).isPresent(); }
    }

    /** A changed file for a running resource: replace it, then adjust; undo puts the old file back and adjusts again. */
    public record Reconfigure(String node, String resource, String content) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "rewrite " + ResourceFiles.path(resource) + " and adjust"; }

        @Override public List<HostCommand> commands() {
            List<HostCommand> commands = new ArrayList<>(ResourceFiles.replace(resource, content, true));
            commands.add(drbdadm(VerbRequest.of(DrbdadmVerb.ADJUST, resource)));
            return commands;
        }

        @Override public List<HostCommand> undo() { return restoreAndAdjust(resource, content); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return FileOperations.holds(host, resource, content); }
    }

    /**
     * A diskless replica becomes diskful: the new file must be in place before create-md (drbdadm
     * reads the disk from it), and the adjust attaches. One step, so that its undo — the old file
     * back and adjust, which detaches — runs in the right order.
     */
    public record AttachDisk(String node, String resource, String content, int volumes, int maxPeers) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "attach new disks (" + maxPeers + " peer slots) and adjust"; }

        @Override public List<HostCommand> commands() {
            List<HostCommand> commands = new ArrayList<>(ResourceFiles.replace(resource, content, true));
            for (int v = 0; v < volumes; v++) {
                commands.add(drbdadm(VerbRequest.of(DrbdadmVerb.CREATE_MD, resource).onVolume(v).withMaxPeers(maxPeers).with(VerbFlag.FORCE)));
            }
            commands.add(drbdadm(VerbRequest.of(DrbdadmVerb.ADJUST, resource)));
            return commands;
        }

        @Override public List<HostCommand> undo() { return restoreAndAdjust(resource, content); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return FileOperations.holds(host, resource, content); }
    }

    public record TakeDown(String node, String resource) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "take down"; }

        @Override public List<HostCommand> commands() { return List.of(drbdadm(VerbRequest.of(DrbdadmVerb.DOWN, resource))); }

        @Override public List<HostCommand> undo() { return List.of(drbdadm(VerbRequest.of(DrbdadmVerb.ADJUST, resource))); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return status(host, resource).isEmpty(); }
    }

    /** Every backing volume is new and reads as zeros: declare the replicas identical, no sync (facts §4). */
    public record SkipInitialSync(String node, String resource, int volumes) implements Operation {
        @Override public Address address() { return Address.resource(resource); }

        @Override public String summary() { return "skip the initial sync (new volumes read as zeros)"; }

        /** new-current-uuid acts on one volume (drbdadm refuses a whole resource), so one line per volume. */
        @Override public List<HostCommand> commands() { return perVolume(resource, volumes, VerbFlag.CLEAR_BITMAP); }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.IRREVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return Statuses.allUpToDate(status(host, resource)); }
    }

    /** This node becomes the sync source of a full initial sync. */
    public record StartInitialSync(String node, String resource, int volumes) implements Operation {
        @Override public Address address() { return Address.resource(resource); }

        @Override public String summary() { return "start the initial sync from " + node; }

        @Override public List<HostCommand> commands() { return perVolume(resource, volumes, VerbFlag.FORCE_RESYNC); }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.IRREVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return Statuses.uptodateOrSyncing(status(host, resource)); }
    }

    /** DRBD resizing is cluster-aware: one node, after every diskful replica's backing volume grew. */
    public record Resize(String node, String resource, int volume, boolean assumeClean) implements Operation {
        @Override public Address address() { return Address.resource(resource); }

        @Override public String summary() { return "resize volume " + volume + (assumeClean ? " (new area needs no sync)" : ""); }

        @Override public List<HostCommand> commands() {
            VerbRequest request = VerbRequest.of(DrbdadmVerb.RESIZE, resource).onVolume(volume);
            return List.of(drbdadm(assumeClean ? request.with(VerbFlag.ASSUME_CLEAN) : request));
        }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.IRREVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return false; } // the planner sees sizes; a repeated resize is harmless
    }

    /**
     * A remaining diskful node frees a removed peer's bitmap slot. Runs after the node's adjust,
     * which already dropped the peer (del-peer): forget-peer needs the connection gone (facts §5).
     */
    public record ForgetPeer(String node, String resource, int peerNodeId, boolean diskful) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "forget peer node-id " + peerNodeId; }

        @Override public List<HostCommand> commands() {
            if (!diskful) return List.of(); // a diskless node has no bitmap slots
            return List.of(HostCommand.of("drbdsetup", "forget-peer", resource, Integer.toString(peerNodeId)));
        }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.IRREVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) {
            return status(host, resource).map(s -> s.connection(peerNodeId).isEmpty()).orElse(true);
        }
    }

    /** A step that runs nothing: it holds the resource's next steps until the condition holds. */
    public record WaitFor(String node, String resource, WaitCondition condition) implements Operation {
        @Override public Address address() { return Address.resource(resource); }

        @Override public String summary() { return "wait until " + condition; }

        @Override public List<HostCommand> commands() { return List.of(); }

        @Override public List<HostCommand> undo() { return List.of(); }

        @Override public Risk risk() { return Risk.NONE; }

        @Override public boolean isDone(ReachableHost host) { return false; }
    }

    /** Undo of a file change on a running resource: the old file back, then adjust to it. */
    static List<HostCommand> restoreAndAdjust(String resource, String content) {
        return List.of(ResourceFiles.restoreOld(resource, ResourceFiles.replacedBy(content)), drbdadm(VerbRequest.of(DrbdadmVerb.ADJUST, resource)));
    }

    static List<HostCommand> perVolume(String resource, int volumes, VerbFlag flag) {
        List<HostCommand> commands = new ArrayList<>();
        for (int v = 0; v < volumes; v++) commands.add(drbdadm(VerbRequest.of(DrbdadmVerb.NEW_CURRENT_UUID, resource).onVolume(v).with(flag)));
        return commands;
    }

    static HostCommand drbdadm(VerbRequest request) { return new HostCommand(new Command(request.drbdadmArgv()), ""); }

    static Optional<ResourceStatus> status(ReachableHost host, String resource) {
        return host.inventory().drbd().status().value().orElse(List.of()).stream().filter(s -> s.name().equals(resource)).findFirst();
    }
}
