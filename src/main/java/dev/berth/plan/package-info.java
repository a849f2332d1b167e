/**
 * The planner: from the desired cluster and the observed one to a {@link dev.berth.plan.Plan} —
 * pure, no I/O, no clock. It pairs desired and observed objects by address, places and allocates
 * replicas ({@code plan.placement}), turns each difference into operations, orders them as a DAG
 * with a deterministic topological order, applies the safety rules (a plan that would break one
 * says so and refuses), and records the basis it was made on so that a stale plan is refused.
 */
package dev.berth.plan;
