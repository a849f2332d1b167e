package dev.berth.diag;

/** Errors make a stack invalid; warnings are printed and do not. */
public enum Severity {
    ERROR, WARNING;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
