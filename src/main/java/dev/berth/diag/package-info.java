/**
 * Diagnostics: what went wrong (or looks wrong), where (file:line:column and a JSON pointer into
 * the document), and how to fix it. The pure core reports problems as these values; only the CLI
 * prints them.
 */
package dev.berth.diag;
