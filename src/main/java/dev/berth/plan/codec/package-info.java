/**
 * Saved plans: the one JSON form of a {@link dev.berth.plan.Plan}, described by
 * {@code schemas/plan.schema.json}. {@link dev.berth.plan.codec.PlanCodec#save} writes it and
 * {@link dev.berth.plan.codec.PlanCodec#load} reads it back only after checking, in this order,
 * that it is JSON, that its {@code format_version} is one this Berth reads, that it matches the
 * schema, that its {@code plan_id} is the digest of its body ({@link dev.berth.plan.codec.PlanId}:
 * a plan edited after review is refused) and that it holds no secret value. Loading what was saved
 * gives back an equal plan, so apply runs exactly what the reviewer read.
 */
package dev.berth.plan.codec;
