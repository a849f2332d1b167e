/** Reads a stack: YAML with positions, JSON Schema, semantic checks, the desired model. */
package dev.berth.spec;
