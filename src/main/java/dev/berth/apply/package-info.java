/**
 * The apply engine: it runs a {@link dev.berth.plan.Plan} and nothing else (never the spec).
 *
 * <p>The order of an apply ({@link dev.berth.apply.ApplyEngine#apply}): refuse a refused or
 * blocked plan; resolve the shared secrets the commands need ({@code SecretValues}); open the
 * journal; lock every involved host in sorted order ({@code HostLocks}: {@code mkdir
 * /var/lib/berth/lock} plus {@code holder.json}, all released on the first refusal); re-discover
 * and compare each host's projection with the plan's basis ({@code BasisCheck}, which names what
 * changed); then walk the DAG ({@code Walk}): independent steps on different hosts in parallel,
 * one step at a time per host. Each step ({@code StepExecution}) re-checks safety on live state
 * when it cannot be undone ({@code LiveSafety}), journals "started" before its first command,
 * runs its commands ({@code CommandRunner}: secrets filled in on the way out, redacted on the way
 * back) and polls what it waits for ({@code WaitPoller}, on an injectable {@link
 * dev.berth.apply.Sleeper}: the lab's virtual clock moves instead of sleeping).
 *
 * <p>On the first failure nothing new starts, running steps finish, and {@code Rollback} undoes
 * the done steps newest first, up to each resource's commit point (its first irreversible step).
 * A wait past its deadline pauses instead: a slow resync is healthy and must not be rolled back.
 * {@link dev.berth.apply.ApplyEngine#resume} and {@link dev.berth.apply.ApplyEngine#rollback}
 * continue from a journal; {@code Resumption} lets each operation's {@code isDone} decide what a
 * step whose end was never journaled did. Every path ends in one
 * {@link dev.berth.apply.events.ApplyReport} whose outcome carries the exit code.
 */
package dev.berth.apply;
