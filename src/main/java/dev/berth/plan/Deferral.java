package dev.berth.plan;

import dev.berth.model.Address;

/**
 * A change the plan holds back on purpose, and why: a resource with a replica on a node in
 * maintenance is not touched until the node is active again. Not a refusal: the rest of the plan
 * applies, and a later plan picks the change up.
 */
public record Deferral(Address address, String reason) {}
