/**
 * Drift: how the live hosts differ from the stack, as data. {@link dev.berth.drift.Drift#report}
 * is a pure function of the desired cluster, the observed cluster and the plan made from them:
 * the plan already pairs and normalises both sides (a freshly applied stack plans nothing), so
 * its changes, refusals and unmanaged list are read rather than re-derived; what a plan does not
 * act on (a replica taken down by hand, a backing volume removed under a configured replica, the
 * live DRBD status) is read from the observed model. Every difference is classified (missing,
 * changed, orphaned, health), placed relative to the last apply recorded on its host, and muted
 * by the stack's {@code driftIgnore} entries, which stay visible as "ignored". Renderers print it.
 */
package dev.berth.drift;
