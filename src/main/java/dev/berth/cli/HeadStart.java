package dev.berth.cli;

import dev.berth.render.ObservedJsonRenderer;
import dev.berth.spec.StackSchema;
import dev.berth.transport.ssh.SshHostConnector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Work a command will need later, started on another core as soon as the command line names its
 * verb: a fresh JVM spends a third of a one-host discovery loading and initializing classes (the
 * stack's schemas, sshj and the JDK's ciphers, the report's serializers) while only one core is
 * busy with picocli and the stack. Every task is idempotent, and its failures are ignored: the
 * command does the same work itself and reports what goes wrong.
 */
final class HeadStart {
    private static final Set<String> READ_STACKS = Set.of("validate", "discover", "plan", "graph", "apply", "drift", "reconcile");
    private static final Set<String> CONNECT = Set.of("discover", "plan", "graph", "apply", "drift", "reconcile");

    private HeadStart() {}

    static void forCommandLine(String verb, String[] args) {
        List<Runnable> tasks = new ArrayList<>();
        if (READ_STACKS.contains(verb)) tasks.add(StackSchema::warmUp);
        // with --lab (or a sim stack, which costs this thread only) no connection is made
        boolean lab = Arrays.stream(args).anyMatch(a -> a.equals("--lab") || a.startsWith("--lab="));
        if (CONNECT.contains(verb) && !lab) tasks.add(SshHostConnector::warmUp);
        boolean json = Arrays.stream(args).anyMatch(a -> a.equals("json") || a.equals("--format=json"));
        if (verb.equals("discover") && json) tasks.add(ObservedJsonRenderer::warmUp);
        if (!tasks.isEmpty()) begin(tasks);
    }

    private static void begin(List<Runnable> tasks) {
        Thread thread = new Thread(() -> {
            for (Runnable task : tasks) {
                try {
                    task.run();
                } catch (RuntimeException | LinkageError ignored) {
                    // see the class comment
                }
            }
        }, "berth-head-start");
        thread.setDaemon(true);
        thread.start();
    }
}
