/**
 * Value types that every stage shares: sizes, commands as argument vectors and their results,
 * and secrets that redact themselves. Nothing here does I/O.
 */
package dev.berth.model;
