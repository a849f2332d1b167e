package dev.berth.testing;

import dev.berth.model.CommandResult;
import dev.berth.ops.DrbdOperations;
import dev.berth.ops.HostCommand;
import dev.berth.plan.Plan;
import dev.berth.plan.Step;
import dev.berth.sim.SimLab;

import java.time.Duration;

/**
 * Runs a plan's steps on a lab one after another, the simplest way to reach a state for planner
 * tests (the apply engine, with locks, journal and rollback, is tested on its own). Waits advance
 * the lab's virtual clock until a resync had time to finish.
 */
public final class StepRunner {
    private StepRunner() {}

    public static void run(SimLab lab, Plan plan) {
        if (plan.isRefused()) throw new IllegalStateException("a refused plan is not run: " + plan.refusals());
        for (Step step : plan.steps()) {
            if (step.operation() instanceof DrbdOperations.WaitFor) {
                lab.clock().advance(Duration.ofHours(2)); // 100 MiB/s of virtual time syncs any test volume in that
                continue;
            }
            for (HostCommand command : step.commands()) {
                CommandResult result = lab.host(step.host()).run(command.command(), command.stdin());
                if (!result.succeeded()) {
                    throw new IllegalStateException(step.id() + ": " + command.command() + " exited " + result.exitCode() + ": " + result.stderr());
                }
            }
        }
    }
}
