package dev.berth.observed;

/** A constant that LVM prints as one character of {@code lv_attr}. */
public interface AttributeCode {
    char code();
}
