/**
 * What leaves the apply engine: {@link dev.berth.apply.events.ApplyEvent}s while it runs (one per
 * step phase, and progress while it waits) and the {@link dev.berth.apply.events.ApplyReport} at
 * the end. Plain values with no behaviour, so that renderers can print them without deciding
 * anything and without depending on the engine.
 */
package dev.berth.apply.events;
