package dev.berth.ops;

import dev.berth.model.Command;
import dev.berth.transport.FileCommands;

import java.util.ArrayList;
import java.util.List;

/**
 * How a resource file is replaced so that a bad file never goes live and the old one can come
 * back: the new text goes to a temporary name, drbdadm checks it in place of the old one, the old
 * one moves to Berth's backup folder (secrets stay on the host, never in a plan), then the new one
 * is renamed into place.
 */
public final class ResourceFiles {
    public static final String DIRECTORY = "/etc/drbd.d";
    public static final String BACKUP_DIRECTORY = "/var/lib/berth/backup";

    private ResourceFiles() {}

    public static String path(String resource) { return DIRECTORY + "/" + resource + ".res"; }

    static String staging(String resource) { return path(resource) + ".berth-new"; }

    /**
     * The old file's place in the backup folder, named after what replaced it: a plan may rewrite
     * one host's file twice (a move adds a peer, then removes one), and each undo must find the
     * file its own step put aside. String.hashCode is fixed by the language, so names are stable.
     */
    static String backup(String resource, String replacedBy) { return BACKUP_DIRECTORY + "/" + resource + ".res." + replacedBy; }

    static String replacedBy(String content) { return String.format("%08x", content.hashCode()); }

    static final String REMOVED = "removed";

    /** Write, check, keep the old one, rename. {@code content} may hold a secret placeholder that apply fills in. */
    static List<HostCommand> replace(String resource, String content, boolean existed) {
        List<HostCommand> commands = new ArrayList<>();
        commands.add(new HostCommand(FileCommands.atomicWrite(staging(resource), "0600"), content));
        commands.add(HostCommand.of("drbdadm", "--config-to-test", staging(resource), "--config-to-exclude", path(resource), "sh-nop"));
        if (existed) commands.addAll(keepOld(resource, replacedBy(content)));
        commands.add(HostCommand.of("mv", "-f", staging(resource), path(resource)));
        return commands;
    }

    static List<HostCommand> keepOld(String resource, String replacedBy) {
        return List.of(HostCommand.of("mkdir", "-p", BACKUP_DIRECTORY), HostCommand.of("mv", "-f", path(resource), backup(resource, replacedBy)));
    }

    /** Undo of {@link #keepOld}: the file put aside when {@code replacedBy} came goes back. */
    static HostCommand restoreOld(String resource, String replacedBy) {
        return HostCommand.of("mv", "-f", backup(resource, replacedBy), path(resource));
    }

    static HostCommand remove(String resource) { return new HostCommand(Command.of("rm", "-f", path(resource)), ""); }
}
