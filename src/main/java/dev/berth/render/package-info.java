/**
 * Renderers: diagnostics, plans, drift and observed state as text, JSON, Markdown, JUnit or DOT.
 * A renderer only formats the data it is given; it never decides anything. The plan views
 * ({@code PlanTextRenderer}, {@code PlanJsonRenderer}, {@code PlanMarkdownRenderer},
 * {@code PlanDotRenderer}) show the same differences ({@code AttributeDiff}) and the same steps;
 * the JSON view is the saved-plan format itself, so there is one machine-readable plan. The
 * drift views ({@code DriftTextRenderer}, {@code DriftJsonRenderer}, {@code DriftMarkdownRenderer},
 * {@code DriftJunitRenderer}) print one {@code DriftReport} each, with no clock of their own.
 */
package dev.berth.render;
