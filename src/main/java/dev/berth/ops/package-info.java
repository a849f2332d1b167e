/**
 * Operations: the closed vocabulary of changes Berth makes on a host (build a pool, create, grow
 * or remove a backing volume, write a resource file, create DRBD metadata, bring a resource up,
 * skip or force the initial sync, resize, forget a peer, take a resource down), each compiled to
 * the exact commands it runs, the commands that undo it, the risk it carries, and an
 * {@code isDone} check on observed state so a resumed apply never runs a step twice. Operations
 * are data (records): a plan stores them, and apply executes them exactly as reviewed.
 */
package dev.berth.ops;
