/**
 * Saved plans: the one JSON form of a {@link dev.berth.plan.Plan}, described by
 * {@code schemas/plan.schema.json}. {@link dev.berth.plan.codec.PlanCodec#save} writes it and
 * {@link dev.berth.plan.codec.PlanCodec#load} reads it back only after checking, in this order,
 * that it is JSON, that its {@code format_version} is one this Berth reads, that it matches the
 * schema, that its {@code plan_id} is the digest of what it decodes to ({@link dev.berth.plan.codec.PlanId},
 * and its summary what that derives: a plan edited after review is refused) and that it holds no
 * secret value. It is read as a stream, one step at a time ({@code PlanReader}). Loading what was
 * saved gives back an equal plan, so apply runs exactly what the reviewer read.
 */
package dev.berth.plan.codec;
