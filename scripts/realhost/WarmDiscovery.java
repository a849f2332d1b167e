import dev.berth.cli.Main;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Berth's discovery with the JVM's start-up taken out (see bench-peers): runs
 * {@code berth discover STACK --format json} ROUNDS + 1 times in one JVM and prints, for every
 * round after the first, its wall and CPU seconds (the process's, all threads) as "wall cpu".
 * The first round pays class loading, initialization and the JIT's warm-up; the rest do not.
 * Run with the jar on the class path: {@code java -cp target/berth.jar WarmDiscovery.java STACK ROUNDS}.
 */
public final class WarmDiscovery {
    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.parseInt(args[1]);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (int round = 0; round <= rounds; round++) {
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            int exit = Main.run(discard, System.err, "discover", args[0], "--format", "json", "--out", "/dev/null");
            if (exit != 0) throw new IllegalStateException("discover exited " + exit + " in round " + round);
            if (round > 0) {
                System.out.printf("%.3f %.3f%n", (System.nanoTime() - started) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
        }
    }
}
