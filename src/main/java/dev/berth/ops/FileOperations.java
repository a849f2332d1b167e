package dev.berth.ops;

import dev.berth.model.Address;
import dev.berth.observed.ReachableHost;
import dev.berth.observed.ResourceFile;

import java.util.List;
import java.util.Optional;

/** Resource files under /etc/drbd.d, which Berth writes whole and marks with its header. */
public final class FileOperations {
    private FileOperations() {}

    /** A new or changed file whose resource is not (re)configured by the same step. */
    public record WriteResourceFile(String node, String resource, String content, boolean existed) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return (existed ? "rewrite " : "write ") + ResourceFiles.path(resource); }

        @Override public List<HostCommand> commands() { return ResourceFiles.replace(resource, content, existed); }

        @Override public List<HostCommand> undo() {
            return existed ? List.of(ResourceFiles.restoreOld(resource, ResourceFiles.replacedBy(content))) : List.of(ResourceFiles.remove(resource));
        }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return holds(host, resource, content); }
    }

    /** The file goes to Berth's backup folder, so that an undo can bring it back with its secret. */
    public record RemoveResourceFile(String node, String resource) implements Operation {
        @Override public Address address() { return Address.drbd(resource, node); }

        @Override public String summary() { return "remove " + ResourceFiles.path(resource); }

        @Override public List<HostCommand> commands() { return ResourceFiles.keepOld(resource, ResourceFiles.REMOVED); }

        @Override public List<HostCommand> undo() { return List.of(ResourceFiles.restoreOld(resource, ResourceFiles.REMOVED)); }

        @Override public Risk risk() { return Risk.REVERSIBLE; }

        @Override public boolean isDone(ReachableHost host) { return observedFile(host, resource).isEmpty(); }
    }

    /** The host's file for the resource already says {@code content} (secrets aside). */
    static boolean holds(ReachableHost host, String resource, String content) {
        return observedFile(host, resource).map(f -> FileContents.sameIgnoringSecrets(f.content(), content)).orElse(false);
    }

    static Optional<ResourceFile> observedFile(ReachableHost host, String resource) {
        String path = ResourceFiles.path(resource);
        return host.inventory().files().resourceFiles().value().orElse(List.of()).stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
