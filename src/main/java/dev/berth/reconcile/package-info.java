/**
 * The reconcile loop: keep the hosts at the newest commit of a branch. Each round fetches, plans
 * the branch's commit against the live hosts and reports drift; {@link dev.berth.reconcile.Reconciler#decide}
 * — a pure function of the branch commit, what was applied, the failure history, the plan (its
 * risks, refusals and blocked steps), the drift and the nodes' states — says what the round does:
 * apply a new commit, heal drift (only with every step {@code none} or {@code reversible}, never
 * on a node in maintenance), report, or give a failing commit up. {@link dev.berth.reconcile.History}
 * is the loop's memory between rounds, {@link dev.berth.reconcile.Backoff} the wait after failures,
 * {@link dev.berth.reconcile.RoundRecord} the one log line per round and
 * {@link dev.berth.reconcile.MetricsState} the Prometheus view. {@link dev.berth.reconcile.ReconcileLoop}
 * is the edge: it runs rounds, sleeps through an injected {@code Sleeper} (the lab's virtual
 * clock in tests) and stops when asked; the CLI gives it the round's effects.
 */
package dev.berth.reconcile;
