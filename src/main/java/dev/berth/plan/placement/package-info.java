/**
 * Where each resource's replicas live and the numbers DRBD needs for them: the first half of the
 * planner, pure and deterministic (no I/O, no clock; sorted input gives the same output).
 *
 * <p>{@link dev.berth.plan.placement.ExistingReplicas} reads what is live of every resource the
 * stack names: on each host, drbdadm's view of the configuration, else Berth's resource file.
 * Only Berth's definitions count (its file header; with {@code ownership.adopt}, a hand-written one
 * whose volumes match); a LINSTOR satellite's is always foreign. A host that cannot be asked is
 * known from its peers' files, which list every host.
 *
 * <p>{@link dev.berth.plan.placement.Placement} then decides each resource's target replica set:
 * explicit nodes win; otherwise placement is sticky and fills up to the group's replica count by
 * its rules (spread across a label, keep together, avoid/require, pool and node state), then by
 * free space over a ledger that the plan's own placements use up, then by name; plus the diskless
 * tiebreaker. Nodes in maintenance neither get nor lose replicas; evacuating and lost nodes lose
 * theirs, which are placed anew. Removals carry their reason, disk-mode changes are transitions.
 *
 * <p>{@link dev.berth.plan.placement.Allocation} gives each target replica its node-id, each
 * volume its minor (the same on every host) and each node its port, keeping every live number and
 * handing out the lowest free one otherwise, LINSTOR's way. {@link
 * dev.berth.plan.placement.BackingVolumes} names and sizes the LVs and zvols underneath.
 *
 * <p>What cannot be done is a {@link dev.berth.plan.placement.Problem}, never an exception.
 */
package dev.berth.plan.placement;
