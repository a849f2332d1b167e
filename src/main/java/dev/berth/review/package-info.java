/**
 * The reviewer's view of a change request: what the author edited in the stack (a pure diff of the
 * base and head desired models, by address), what the head will do to the live hosts (its plan),
 * and what the live hosts already differ from the base (the base's plan), kept apart so that a
 * reviewer does not blame the author for drift the change did not make. Pure values; the CLI
 * discovers and plans, the renderers format.
 */
package dev.berth.review;
