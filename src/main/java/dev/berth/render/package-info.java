/**
 * Renderers: diagnostics, plans, drift and observed state as text, JSON, Markdown, JUnit or DOT.
 * A renderer only formats the data it is given; it never decides anything.
 */
package dev.berth.render;
