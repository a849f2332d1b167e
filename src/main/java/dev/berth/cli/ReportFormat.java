package dev.berth.cli;

/** Report formats; each command accepts the subset that makes sense for it. */
public enum ReportFormat {
    text, json, markdown, junit, dot
}
