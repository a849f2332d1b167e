/**
 * Discovery: one batch of read-only commands per host (all hosts in parallel, bounded), their
 * outputs handed to the pure parsers of {@code discovery.parse}, the result an
 * {@code ObservedCluster}. A host that cannot be reached, or a command that fails, becomes an
 * observed fact with its error; the other hosts are still discovered.
 */
package dev.berth.discovery;
