/**
 * The desired state of a cluster as the stack declares it, after defaults are filled in: nodes,
 * storage pools, resource groups and resources. Plain immutable records; the spec package builds
 * them, the planner reads them.
 */
package dev.berth.desired;
